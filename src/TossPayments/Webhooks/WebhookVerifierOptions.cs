using System;

namespace TossPayments.Webhooks
{
    /// <summary>What a <see cref="WebhookVerifier"/> verifies with.</summary>
    public sealed class WebhookVerifierOptions
    {
        /// <summary>The default window around now in which a signed event's transmission time must fall.</summary>
        public static readonly TimeSpan DefaultSignatureTolerance = TimeSpan.FromMinutes(5);

        /// <summary>A client to look payments up with: the only truth for payment events, and a source of deposit secrets.</summary>
        public TossPaymentsClient? Client { get; set; }

        /// <summary>The payouts security key (보안 키) that signs payout and seller events, as its text.</summary>
        public string? PayoutSecurityKey { get; set; }

        /// <summary>How far a signed event's transmission time may be from now, either way; older ones are refused as stale.</summary>
        public TimeSpan SignatureTolerance { get; set; } = DefaultSignatureTolerance;

        /// <summary>The ids of deliveries already verified; share one across verifiers to drop duplicates across them.</summary>
        public WebhookDeliveryLog Deliveries { get; set; } = new WebhookDeliveryLog();

        /// <summary>The clock (for tests).</summary>
        public TimeProvider Clock { get; set; } = TimeProvider.System;
    }
}
