using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>The body of <c>POST /v1/payments/{paymentKey}/cancel</c>: cancel all or part of a payment.</summary>
    public sealed class CancelPaymentRequest
    {
        /// <summary>Creates a cancel request; with no <see cref="CancelAmount"/> it cancels the whole balance.</summary>
        public CancelPaymentRequest(string cancelReason)
        {
            CancelReason = cancelReason;
        }

        /// <summary>Why the payment is canceled (1 to 200 characters).</summary>
        public string CancelReason { get; }

        /// <summary>The amount to cancel; <c>null</c> cancels the whole remaining balance.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? CancelAmount { get; set; }

        /// <summary>Where to refund a deposited virtual-account payment; not used for other methods.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public RefundReceiveAccount? RefundReceiveAccount { get; set; }

        /// <summary>The tax-free part of the canceled amount.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? TaxFreeAmount { get; set; }

        /// <summary>
        /// The payment's currency, which a cancel must match: <c>KRW</c>, <c>USD</c> or
        /// <c>JPY</c>. Leave it out for KRW; only USD amounts carry cents.
        /// </summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? Currency { get; set; }

        /// <summary>
        /// Checks this cancel of the payment <paramref name="paymentKey"/> as the API's rules ask
        /// (API notes §2), as the client does before sending it; a bad value throws
        /// <see cref="TossPaymentsValidationException"/>.
        /// </summary>
        public void Validate(string paymentKey) => RequestValidator.Cancel(paymentKey, this);
    }
}
