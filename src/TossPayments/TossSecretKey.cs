using System;
using System.Text;

namespace TossPayments
{
    /// <summary>Whether a secret key belongs to the test or the live environment.</summary>
    public enum TossPaymentsMode
    {
        /// <summary>A <c>test_</c> key: no money moves; <c>TossPayments-Test-Code</c> works.</summary>
        Test,

        /// <summary>A <c>live_</c> key: real payments.</summary>
        Live,
    }

    /// <summary>
    /// A TossPayments secret key. The value is held privately: <see cref="ToString"/> and every
    /// public member show only the mode and a masked form, so the key cannot leak through
    /// formatting, logging or serialization of this object.
    /// </summary>
    public sealed class TossSecretKey
    {
        private readonly string _value;

        /// <summary>Wraps a secret key such as <c>test_sk_…</c>, <c>live_sk_…</c> or <c>test_gsk_…</c>.</summary>
        /// <exception cref="TossPaymentsValidationException">The key is empty, has white space, or is not a secret key.</exception>
        public TossSecretKey(string value)
        {
            if (string.IsNullOrEmpty(value))
            {
                throw new TossPaymentsValidationException("InvalidSecretKey", "secretKey", "The secret key is empty.");
            }

            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF')
                {
                    throw new TossPaymentsValidationException("InvalidSecretKey", "secretKey",
                        "The secret key contains white space, a control character or a byte-order mark; copy it again without them.");
                }
            }

            Mode = value.StartsWith("test_", StringComparison.Ordinal) ? TossPaymentsMode.Test
                : value.StartsWith("live_", StringComparison.Ordinal) ? TossPaymentsMode.Live
                : throw new TossPaymentsValidationException("InvalidSecretKey", "secretKey",
                    "A TossPayments secret key starts with test_ or live_ (test_sk_, live_sk_, test_gsk_, live_gsk_).");

            if (value.IndexOf("_ck_", StringComparison.Ordinal) >= 0 || value.IndexOf("_gck_", StringComparison.Ordinal) >= 0)
            {
                throw new TossPaymentsValidationException("InvalidSecretKey", "secretKey",
                    "That is a client key (…_ck_ or …_gck_), which belongs in the browser. Use the secret key (…_sk_ or …_gsk_).");
            }

            _value = value;
            Masked = Mask(value);
        }

        /// <summary>Test or live, from the key's prefix.</summary>
        public TossPaymentsMode Mode { get; }

        /// <summary>The kind of key (<c>test_sk_</c>, <c>live_gsk_</c>…) and its last four characters, e.g. <c>test_sk_****YG5R</c>; nothing else of it.</summary>
        public string Masked { get; }

        /// <summary>Returns <see cref="Masked"/>, never the key.</summary>
        public override string ToString() => Masked;

        /// <summary>The value of the HTTP Basic <c>Authorization</c> header: the key as user name, an empty password.</summary>
        internal string ToBasicCredential() => Convert.ToBase64String(Encoding.UTF8.GetBytes(_value + ":"));

        // The kinds of key the API issues; the mask shows only which one, never a part of the secret after it.
        private static readonly string[] KnownPrefixes = ["test_gsk_", "live_gsk_", "test_sk_", "live_sk_"];

        private static string Mask(string value)
        {
            var prefix = Array.Find(KnownPrefixes, p => value.StartsWith(p, StringComparison.Ordinal))
                ?? value.Substring(0, value.IndexOf('_') + 1);
            var tailLength = Math.Min(4, (value.Length - prefix.Length) / 3);
            return prefix + "****" + value.Substring(value.Length - tailLength);
        }
    }
}
