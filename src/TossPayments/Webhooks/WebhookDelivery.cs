using System;
using System.Collections.Generic;
using System.Globalization;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// The delivery headers TossPayments sends with every webhook (API notes §9): which
    /// transmission this is, when it was sent, how many times it was retried, and the signature
    /// of a payout or seller event.
    /// </summary>
    public sealed class WebhookDelivery
    {
        /// <summary><c>tosspayments-webhook-transmission-id</c>.</summary>
        public const string TransmissionIdHeader = "tosspayments-webhook-transmission-id";

        /// <summary><c>tosspayments-webhook-transmission-time</c>.</summary>
        public const string TransmissionTimeHeader = "tosspayments-webhook-transmission-time";

        /// <summary><c>tosspayments-webhook-transmission-retried-count</c>.</summary>
        public const string RetriedCountHeader = "tosspayments-webhook-transmission-retried-count";

        /// <summary><c>tosspayments-webhook-signature</c>, on payout and seller events only.</summary>
        public const string SignatureHeader = "tosspayments-webhook-signature";

        /// <summary>A delivery with no headers: a body replayed from a file, say.</summary>
        public static WebhookDelivery None { get; } = new WebhookDelivery(null, null, null, null);

        /// <summary>Creates a delivery from its header values, as sent.</summary>
        public WebhookDelivery(string? transmissionId, string? transmissionTime, string? retriedCount, string? signature)
        {
            TransmissionId = Blank(transmissionId);
            RawTransmissionTime = Blank(transmissionTime);
            TransmissionTime = DateTimeOffset.TryParse(RawTransmissionTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
            RetriedCount = int.TryParse(Blank(retriedCount), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;
            Signature = Blank(signature);
        }

        /// <summary>One id per event, the same on every retry: the key to drop a delivery already handled.</summary>
        public string? TransmissionId { get; }

        /// <summary>When this transmission was sent; null when the header is missing or not a time.</summary>
        public DateTimeOffset? TransmissionTime { get; }

        /// <summary>The transmission-time header exactly as sent: the signature covers this text.</summary>
        public string? RawTransmissionTime { get; }

        /// <summary>0 on the first try, then 1 to 7.</summary>
        public int? RetriedCount { get; }

        /// <summary>The signature header as sent (<c>v1:…,v1:…</c>); payout and seller events only.</summary>
        public string? Signature { get; }

        /// <summary>Reads the delivery headers out of any set of headers, whatever the case of their names.</summary>
        public static WebhookDelivery FromHeaders(IEnumerable<KeyValuePair<string, string?>> headers)
        {
            if (headers is null)
            {
                throw new ArgumentNullException(nameof(headers));
            }

            var found = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in headers)
            {
                found[header.Key] = header.Value;
            }

            return new WebhookDelivery(
                found.GetValueOrDefault(TransmissionIdHeader),
                found.GetValueOrDefault(TransmissionTimeHeader),
                found.GetValueOrDefault(RetriedCountHeader),
                found.GetValueOrDefault(SignatureHeader));
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
