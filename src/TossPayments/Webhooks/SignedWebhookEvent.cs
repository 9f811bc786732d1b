using System;
using System.Text.Json;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// <c>payout.changed</c> or <c>seller.changed</c>: the signed events of the payouts service,
    /// verified by their HMAC signature (API notes §9).
    /// </summary>
    public sealed class SignedWebhookEvent : TossWebhookEvent
    {
        internal SignedWebhookEvent(string eventType, DateTimeOffset? createdAt, WebhookDelivery delivery, string body,
            string? version, string? eventId, string? entityType, JsonElement entityBody)
            : base(eventType, createdAt, delivery, body)
        {
            Version = version;
            EventId = eventId;
            EntityType = entityType;
            EntityBody = entityBody;
        }

        /// <summary>The event format's version.</summary>
        public string? Version { get; }

        /// <summary>The event's own id.</summary>
        public string? EventId { get; }

        /// <summary>What <see cref="EntityBody"/> describes: <c>payout</c> or <c>seller</c>.</summary>
        public string? EntityType { get; }

        /// <summary>The payout or seller, as sent.</summary>
        public JsonElement EntityBody { get; }
    }
}
