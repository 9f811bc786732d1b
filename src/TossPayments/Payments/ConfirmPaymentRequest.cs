using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>The body of <c>POST /v1/payments/confirm</c>: approve a payment the customer authenticated.</summary>
    public sealed class ConfirmPaymentRequest
    {
        /// <summary>Creates a confirm request.</summary>
        public ConfirmPaymentRequest(string paymentKey, string orderId, decimal amount)
        {
            PaymentKey = paymentKey;
            OrderId = orderId;
            Amount = amount;
        }

        /// <summary>The payment's key (1 to 200 characters).</summary>
        public string PaymentKey { get; }

        /// <summary>The order id the payment was requested with (6 to 64 of <c>A-Z a-z 0-9 - _</c>).</summary>
        public string OrderId { get; }

        /// <summary>The amount the payment was requested with; it must match.</summary>
        public decimal Amount { get; }

        /// <summary>
        /// The payment's currency, for the check of <see cref="Amount"/>: KRW (when left out) and
        /// JPY amounts are whole units; USD (PayPal) carries cents. Not sent: the API knows it.
        /// </summary>
        [JsonIgnore]
        public string? Currency { get; set; }

        /// <summary>
        /// Checks the request as the API's rules ask (API notes §2), as the client does before
        /// sending it; a bad value throws <see cref="TossPaymentsValidationException"/>.
        /// </summary>
        public void Validate() => RequestValidator.Confirm(this);
    }
}
