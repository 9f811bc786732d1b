using System;
using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// <c>PAYMENT_STATUS_CHANGED</c>: a payment became DONE, CANCELED, PARTIAL_CANCELED, EXPIRED or
    /// ABORTED. Unsigned: the payment it carries is a claim until looked up (API notes §9).
    /// </summary>
    public sealed class PaymentStatusChangedEvent : TossWebhookEvent
    {
        internal PaymentStatusChangedEvent(DateTimeOffset? createdAt, WebhookDelivery delivery, string body, Payment data)
            : base(TossWebhook.PaymentStatusChanged, createdAt, delivery, body)
        {
            Data = data;
        }

        /// <summary>The payment as the event describes it.</summary>
        public Payment Data { get; }

        /// <summary>The type, the payment and its claimed status, for logs.</summary>
        public override string ToString() => $"{EventType} {Data.PaymentKey} → {Data.RawStatus} ({Delivery.TransmissionId ?? "no transmission id"})";
    }
}
