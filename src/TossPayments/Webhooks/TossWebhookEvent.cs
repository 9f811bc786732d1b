using System;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// A webhook TossPayments delivered: its type, when the API made it, the delivery headers and
    /// the body exactly as received. Read one with <see cref="TossWebhook.Parse(byte[], WebhookDelivery)"/>;
    /// trust it only after <see cref="WebhookVerifier"/> says how it was verified (API notes §9).
    /// </summary>
    public abstract class TossWebhookEvent
    {
        private protected TossWebhookEvent(string eventType, DateTimeOffset? createdAt, WebhookDelivery delivery, string body)
        {
            EventType = eventType;
            CreatedAt = createdAt;
            Delivery = delivery;
            Body = body;
        }

        /// <summary>The event type: <c>PAYMENT_STATUS_CHANGED</c>, <c>payout.changed</c>…; <c>DEPOSIT_CALLBACK</c> for the flat deposit event, which carries none.</summary>
        public string EventType { get; }

        /// <summary>When the API made the event (Korea time when the body carries no offset).</summary>
        public DateTimeOffset? CreatedAt { get; }

        /// <summary>The delivery headers.</summary>
        public WebhookDelivery Delivery { get; }

        /// <summary>The body exactly as received, for logs and for replaying the delivery later.</summary>
        public string Body { get; }

        /// <summary>The type and transmission id, for logs.</summary>
        public override string ToString() => $"{EventType} ({Delivery.TransmissionId ?? "no transmission id"})";
    }
}
