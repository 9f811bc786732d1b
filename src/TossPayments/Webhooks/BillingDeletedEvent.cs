using System;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// <c>BILLING_DELETED</c>: a billing (auto-pay) key was deleted. Unsigned, and no endpoint
    /// says whether a key is alive: a hint, not a proof.
    /// </summary>
    public sealed class BillingDeletedEvent : TossWebhookEvent
    {
        internal BillingDeletedEvent(DateTimeOffset? createdAt, WebhookDelivery delivery, string body, string billingKey, string? reason)
            : base(TossWebhook.BillingDeleted, createdAt, delivery, body)
        {
            BillingKey = billingKey;
            Reason = reason;
        }

        /// <summary>The deleted billing key.</summary>
        public string BillingKey { get; }

        /// <summary>Why, when the API says (<c>삭제 API 요청</c>…); may be null.</summary>
        public string? Reason { get; }
    }
}
