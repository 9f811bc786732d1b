using System;
using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// <c>DEPOSIT_CALLBACK</c>, the flat virtual-account event (no <c>eventType</c> in the body):
    /// an account issued, paid, a deposit reversed, or a cancel. Its <see cref="Secret"/> must equal
    /// the payment's own (API notes §9).
    /// </summary>
    public sealed class DepositCallbackEvent : TossWebhookEvent
    {
        internal DepositCallbackEvent(DateTimeOffset? createdAt, WebhookDelivery delivery, string body,
            string? secret, string? status, string? transactionKey, string orderId)
            : base(TossWebhook.DepositCallback, createdAt, delivery, body)
        {
            Secret = secret;
            RawStatus = status;
            TransactionKey = transactionKey;
            OrderId = orderId;
        }

        /// <summary>The secret the event carries; compare it with the payment's, never with <c>==</c>.</summary>
        public string? Secret { get; }

        /// <summary>The status as sent.</summary>
        public string? RawStatus { get; }

        /// <summary>The payment's status as the event claims it: WAITING_FOR_DEPOSIT, DONE, CANCELED or PARTIAL_CANCELED.</summary>
        public PaymentStatus Status => RawStatus is null ? PaymentStatus.UNKNOWN : ApiEnum.Parse<PaymentStatus>(RawStatus);

        /// <summary>The transaction the event is about.</summary>
        public string? TransactionKey { get; }

        /// <summary>The merchant's order id: the way to look the payment up.</summary>
        public string OrderId { get; }

        /// <summary>The type, the order and the claimed status, for logs; never the secret.</summary>
        public override string ToString() => $"{EventType} order {OrderId} → {RawStatus} ({Delivery.TransmissionId ?? "no transmission id"})";
    }
}
