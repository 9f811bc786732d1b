using System;
using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// The sandbox's billing (API notes §10): one-time auth keys, as the billing window hands them
    /// to the success URL, each for one customer key; the billing keys issued from them, each
    /// bound to its customer key for good; and the keys removed since, which charge no more.
    /// </summary>
    public sealed class BillingRegistry
    {
        private readonly ConcurrentDictionary<string, string> _authKeys = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, BillingKey> _billingKeys = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _declines = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, DateTimeOffset> _removed = new(StringComparer.Ordinal);

        /// <summary>Raised once per key removed, with the time: the webhook outbox sends BILLING_DELETED.</summary>
        public event Action<BillingKey, DateTimeOffset>? Removed;

        /// <summary>A new one-time auth key for <paramref name="customerKey"/>: what a customer's card registration gives.</summary>
        public string NewAuthKey(string customerKey)
        {
            var authKey = "bln_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
            _authKeys[authKey] = customerKey;
            return authKey;
        }

        /// <summary>Turns an auth key into a billing key, once; null when the auth key is unknown, used, or for another customer.</summary>
        public BillingKey? Issue(string authKey, string customerKey, DateTimeOffset now)
        {
            if (!_authKeys.TryGetValue(authKey, out var owner) || owner != customerKey || !_authKeys.TryRemove(authKey, out _))
            {
                return null;
            }

            return NewKey(customerKey, now);
        }

        /// <summary>
        /// A billing key for a card given by its number (<c>POST /v1/billing/authorizations/card</c>),
        /// bound to <paramref name="customerKey"/>: no auth key, the merchant verified the customer.
        /// Each call issues a new key.
        /// </summary>
        public BillingKey IssueByCard(string customerKey, DateTimeOffset now) => NewKey(customerKey, now);

        // 44 characters of URL-safe base64 ending in '=', like the API's.
        private BillingKey NewKey(string customerKey, DateTimeOffset now)
        {
            var key = new BillingKey(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_'), customerKey, now);
            _billingKeys[key.Key] = key;
            return key;
        }

        /// <summary>A billing key issued before.</summary>
        public BillingKey? Find(string billingKey) => _billingKeys.TryGetValue(billingKey, out var key) ? key : null;

        /// <summary>Removes a billing key for good (<c>DELETE /v1/billing/{billingKey}</c>): it charges no more.</summary>
        public BillingRemoval Remove(string billingKey, DateTimeOffset now)
        {
            // One lock, so a second removal racing the first is told the key is already removed.
            lock (_removed)
            {
                if (_removed.ContainsKey(billingKey))
                {
                    return BillingRemoval.AlreadyRemoved;
                }

                if (!_billingKeys.TryRemove(billingKey, out var key))
                {
                    return BillingRemoval.Unknown;
                }

                _removed[billingKey] = now;
                _declines.TryRemove(billingKey, out _);
                Removed?.Invoke(key, now);
                return BillingRemoval.Removed;
            }
        }

        /// <summary>When a key was removed; null for a key never removed (or never issued).</summary>
        public DateTimeOffset? RemovedAt(string billingKey) => _removed.TryGetValue(billingKey, out var at) ? at : null;

        /// <summary>
        /// Makes the card of a billing key refuse every charge with <paramref name="code"/> (an empty
        /// balance, a limit reached) until it is cleared with null: the customer fixed it.
        /// </summary>
        public void Decline(string billingKey, string? code)
        {
            if (code is null)
            {
                _declines.TryRemove(billingKey, out _);
            }
            else
            {
                _declines[billingKey] = code;
            }
        }

        /// <summary>The refusal the key's card gives now, if any.</summary>
        public string? DeclineOf(string billingKey) => _declines.TryGetValue(billingKey, out var code) ? code : null;
    }

    /// <summary>What a removal did.</summary>
    public enum BillingRemoval
    {
        /// <summary>The key was issued and is now removed.</summary>
        Removed,

        /// <summary>The key was removed before.</summary>
        AlreadyRemoved,

        /// <summary>No such key was ever issued.</summary>
        Unknown,
    }

    /// <summary>A billing key, the customer it belongs to, and when it was issued.</summary>
    /// <param name="Key">The billing key.</param>
    /// <param name="CustomerKey">Its customer.</param>
    /// <param name="AuthenticatedAt">When it was issued.</param>
    public sealed record BillingKey(string Key, string CustomerKey, DateTimeOffset AuthenticatedAt);
}
