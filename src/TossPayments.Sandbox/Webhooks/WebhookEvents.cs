using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Webhooks
{
    /// <summary>
    /// The webhooks a change of a payment makes, in the API's shapes (API notes §9):
    /// PAYMENT_STATUS_CHANGED on DONE, CANCELED, PARTIAL_CANCELED, EXPIRED and ABORTED, never READY
    /// or IN_PROGRESS; and for a virtual account the flat DEPOSIT_CALLBACK on its issue, deposit and
    /// cancel, with the payment's secret; BILLING_DELETED when a billing key is removed.
    /// </summary>
    internal static class WebhookEvents
    {
        public const string PaymentStatusChanged = "PAYMENT_STATUS_CHANGED";
        public const string DepositCallback = "DEPOSIT_CALLBACK";
        public const string PayoutChanged = "payout.changed";
        public const string BillingDeleted = "BILLING_DELETED";

        /// <summary>The reason the API's example gives for a key removed through the API.</summary>
        public const string DeletedByApiReason = "삭제 API 요청";

        /// <summary>The events a payment's change makes now, as (type, body). Call with the payment's lock held.</summary>
        public static (string EventType, byte[] Body)[] For(SandboxPayment payment, DateTimeOffset now)
        {
            var createdAt = CreatedAt(now);
            // A billing charge is confirmed by its own answer: its approval sends no webhook (its cancels do).
            var notified = payment.Status is SandboxStatus.DONE or SandboxStatus.CANCELED or SandboxStatus.PARTIAL_CANCELED or SandboxStatus.EXPIRED or SandboxStatus.ABORTED
                && !(payment.Type == "BILLING" && payment.Status == SandboxStatus.DONE);
            var deposit = payment.VirtualAccount is not null && payment.Secret is not null
                && payment.Status is SandboxStatus.WAITING_FOR_DEPOSIT or SandboxStatus.DONE or SandboxStatus.CANCELED or SandboxStatus.PARTIAL_CANCELED;

            var events = new System.Collections.Generic.List<(string, byte[])>();
            if (notified)
            {
                var data = JsonSerializer.SerializeToNode(PaymentRenderer.Render(payment, english: false), SandboxJsonContext.Wire.PaymentResource);
                events.Add((PaymentStatusChanged, Bytes(new JsonObject { ["eventType"] = PaymentStatusChanged, ["createdAt"] = createdAt, ["data"] = data })));
            }

            if (deposit)
            {
                // Flat, with no eventType: the one event known by its fields.
                events.Add((DepositCallback, Bytes(new JsonObject
                {
                    ["createdAt"] = createdAt,
                    ["secret"] = payment.Secret,
                    ["status"] = payment.Status.ToString(),
                    ["transactionKey"] = payment.LastTransactionKey,
                    ["orderId"] = payment.OrderId,
                })));
            }

            return events.ToArray();
        }

        /// <summary>A billing key removed through the API, with the reason the API's example gives.</summary>
        public static byte[] BillingKeyDeleted(string billingKey, DateTimeOffset now) =>
            Bytes(new JsonObject
            {
                ["eventType"] = BillingDeleted,
                ["createdAt"] = CreatedAt(now),
                ["data"] = new JsonObject { ["billingKey"] = billingKey, ["reason"] = DeletedByApiReason },
            });

        /// <summary>A signed payouts event: a payout that changed status.</summary>
        public static byte[] Payout(string payoutId, string status, DateTimeOffset now) =>
            Bytes(new JsonObject
            {
                ["eventType"] = PayoutChanged,
                ["createdAt"] = now.ToOffset(SandboxClock.Korea).ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
                ["version"] = "2022-11-16",
                ["eventId"] = "WE" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant(),
                ["entityType"] = "payout",
                ["entityBody"] = new JsonObject { ["id"] = payoutId, ["status"] = status },
            });

        // Payment and billing events carry Korea time with no offset and six fractional digits.
        private static string CreatedAt(DateTimeOffset now) =>
            now.ToOffset(SandboxClock.Korea).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", System.Globalization.CultureInfo.InvariantCulture);

        private static byte[] Bytes(JsonObject body) =>
            System.Text.Encoding.UTF8.GetBytes(body.ToJsonString(SandboxJsonContext.Wire.Options));
    }
}
