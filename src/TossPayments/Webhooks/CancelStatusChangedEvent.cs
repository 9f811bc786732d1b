using System;
using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// <c>CANCEL_STATUS_CHANGED</c>: an overseas easy-pay (PayPal) cancel finished, DONE or
    /// ABORTED. Unsigned, and it names no payment to look up: a hint to check the payment.
    /// </summary>
    public sealed class CancelStatusChangedEvent : TossWebhookEvent
    {
        internal CancelStatusChangedEvent(DateTimeOffset? createdAt, WebhookDelivery delivery, string body, Cancellation data)
            : base(TossWebhook.CancelStatusChanged, createdAt, delivery, body)
        {
            Data = data;
        }

        /// <summary>The cancel as the event describes it.</summary>
        public Cancellation Data { get; }
    }
}
