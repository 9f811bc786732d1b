using System;
using System.Text;
using System.Text.Json;
using TossPayments.Json;
using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>Reads a webhook delivery into a typed event (API notes §9).</summary>
    public static class TossWebhook
    {
        /// <summary><c>PAYMENT_STATUS_CHANGED</c>.</summary>
        public const string PaymentStatusChanged = "PAYMENT_STATUS_CHANGED";

        /// <summary><c>DEPOSIT_CALLBACK</c>, the name given to the flat virtual-account event, which carries no type.</summary>
        public const string DepositCallback = "DEPOSIT_CALLBACK";

        /// <summary><c>CANCEL_STATUS_CHANGED</c>.</summary>
        public const string CancelStatusChanged = "CANCEL_STATUS_CHANGED";

        /// <summary><c>BILLING_DELETED</c>.</summary>
        public const string BillingDeleted = "BILLING_DELETED";

        /// <summary><c>payout.changed</c>.</summary>
        public const string PayoutChanged = "payout.changed";

        /// <summary><c>seller.changed</c>.</summary>
        public const string SellerChanged = "seller.changed";

        /// <summary>
        /// The largest body read: a payment with every part and a hundred cancels is well under it;
        /// anything larger is not a TossPayments webhook.
        /// </summary>
        public const int MaxBodyBytes = 256 * 1024;

        /// <summary>Reads a delivery's body (UTF-8 bytes, as received) into its typed event.</summary>
        /// <exception cref="TossWebhookException">The body is too large, or not a webhook (<see cref="TossWebhookFailure.Malformed"/>).</exception>
        public static TossWebhookEvent Parse(byte[] body, WebhookDelivery delivery)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            delivery ??= WebhookDelivery.None;
            if (body.Length > MaxBodyBytes)
            {
                throw new TossWebhookException(TossWebhookFailure.TooLarge,
                    $"The webhook body is {body.Length:N0} bytes; TossPayments sends none larger than {MaxBodyBytes:N0}. It was not read.", delivery.TransmissionId);
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
            }
            catch (DecoderFallbackException)
            {
                throw Malformed("it is not UTF-8 text", delivery);
            }

            return Read(text, delivery);
        }

        /// <summary>Reads a delivery's body, as text, into its typed event.</summary>
        /// <exception cref="TossWebhookException">The body is too large, or not a webhook (<see cref="TossWebhookFailure.Malformed"/>).</exception>
        public static TossWebhookEvent Parse(string body, WebhookDelivery delivery)
        {
            if (body is null)
            {
                throw new ArgumentNullException(nameof(body));
            }

            delivery ??= WebhookDelivery.None;
            if (Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
            {
                throw new TossWebhookException(TossWebhookFailure.TooLarge,
                    $"The webhook body is over {MaxBodyBytes:N0} bytes; TossPayments sends none larger. It was not read.", delivery.TransmissionId);
            }

            return Read(body, delivery);
        }

        private static TossWebhookEvent Read(string body, WebhookDelivery delivery)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(body);
            }
            catch (JsonException ex)
            {
                throw Malformed("it is not JSON: " + ex.Message, delivery);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw Malformed($"it is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object", delivery);
                }

                try
                {
                    return Typed(root, body, delivery);
                }
                catch (JsonException ex)
                {
                    throw Malformed(ex.Message, delivery);
                }
                catch (InvalidOperationException ex)
                {
                    throw Malformed(ex.Message, delivery);
                }
            }
        }

        private static TossWebhookEvent Typed(JsonElement root, string body, WebhookDelivery delivery)
        {
            var createdAt = Time(root, "createdAt");
            if (!root.TryGetProperty("eventType", out var type) || type.ValueKind == JsonValueKind.Null)
            {
                // The one event without a type: a deposit callback is known by its fields.
                return root.TryGetProperty("secret", out _) && root.TryGetProperty("orderId", out _)
                    ? new DepositCallbackEvent(createdAt, delivery, body, Text(root, "secret"), Text(root, "status"), Text(root, "transactionKey"), Required(root, "orderId"))
                    : throw new JsonException("it has no eventType and is not a deposit callback (secret, status, orderId)");
            }

            var eventType = type.GetString() ?? "";
            switch (eventType)
            {
                case PaymentStatusChanged:
                    var payment = Data(root).Deserialize(TossJsonContext.Wire.Payment) ?? throw new JsonException("its data is null");
                    DeferredParts.ReadAll(payment);
                    return string.IsNullOrEmpty(payment.PaymentKey)
                        ? throw new JsonException("its data has no paymentKey")
                        : new PaymentStatusChangedEvent(createdAt, delivery, body, payment);
                case CancelStatusChanged:
                    return new CancelStatusChangedEvent(createdAt, delivery, body,
                        Data(root).Deserialize(TossJsonContext.Wire.Cancellation) ?? throw new JsonException("its data is null"));
                case BillingDeleted:
                    var data = Data(root);
                    return new BillingDeletedEvent(createdAt, delivery, body, Required(data, "billingKey"), Text(data, "reason"));
                case PayoutChanged:
                case SellerChanged:
                    return new SignedWebhookEvent(eventType, createdAt, delivery, body, Text(root, "version"), Text(root, "eventId"), Text(root, "entityType"),
                        root.TryGetProperty("entityBody", out var entity) ? entity.Clone() : default);
                default:
                    return new UnknownWebhookEvent(eventType, createdAt, delivery, body, root.Clone());
            }
        }

        private static JsonElement Data(JsonElement root) =>
            root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : throw new JsonException("its data is not an object");

        private static string? Text(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.GetString() : null;

        private static string Required(JsonElement element, string name) =>
            Text(element, name) is { Length: > 0 } value ? value : throw new JsonException($"it has no {name}");

        private static DateTimeOffset? Time(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
                ? value.Deserialize(TossJsonContext.Wire.NullableDateTimeOffset)
                : null;

        private static TossWebhookException Malformed(string why, WebhookDelivery delivery) =>
            new TossWebhookException(TossWebhookFailure.Malformed, $"The body is not a TossPayments webhook: {why.TrimEnd('.')}.", delivery.TransmissionId);
    }
}
