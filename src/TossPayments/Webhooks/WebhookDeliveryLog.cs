using System;
using System.Collections.Concurrent;
using System.Linq;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// The transmission ids of deliveries already verified, kept for as long as TossPayments
    /// retries one (about 3 days 19 hours, API notes §9): a second delivery of one id is a retry of
    /// a delivery already handled, or a copy. Safe to share between threads.
    /// </summary>
    public sealed class WebhookDeliveryLog
    {
        /// <summary>How long an id is kept: the whole retry schedule, with a margin.</summary>
        public static readonly TimeSpan Kept = TimeSpan.FromDays(4);

        private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new ConcurrentDictionary<string, DateTimeOffset>(StringComparer.Ordinal);

        /// <summary>How many ids are kept now.</summary>
        public int Count => _seen.Count;

        /// <summary>Whether <paramref name="transmissionId"/> was recorded.</summary>
        public bool Contains(string transmissionId) => _seen.ContainsKey(transmissionId);

        /// <summary>Records <paramref name="transmissionId"/> as handled at <paramref name="now"/>; false when it already was.</summary>
        public bool TryRecord(string transmissionId, DateTimeOffset now)
        {
            foreach (var old in _seen.Where(seen => now - seen.Value > Kept).Select(seen => seen.Key).ToList())
            {
                _seen.TryRemove(old, out _);
            }

            return _seen.TryAdd(transmissionId, now);
        }
    }
}
