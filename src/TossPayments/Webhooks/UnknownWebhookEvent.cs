using System;
using System.Text.Json;

namespace TossPayments.Webhooks
{
    /// <summary>An event type this library does not know yet: kept whole, never thrown away.</summary>
    public sealed class UnknownWebhookEvent : TossWebhookEvent
    {
        internal UnknownWebhookEvent(string eventType, DateTimeOffset? createdAt, WebhookDelivery delivery, string body, JsonElement json)
            : base(eventType, createdAt, delivery, body)
        {
            Json = json;
        }

        /// <summary>The whole body.</summary>
        public JsonElement Json { get; }
    }
}
