using System;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>One cancellation of a payment (an element of <c>cancels[]</c>).</summary>
    public sealed class Cancellation : ApiObject
    {
        /// <summary>The amount this cancellation took back.</summary>
        public decimal CancelAmount { get; set; }

        /// <summary>Why it was canceled.</summary>
        public string? CancelReason { get; set; }

        /// <summary>The tax-free part of the canceled amount; null when the API did not say.</summary>
        public decimal? TaxFreeAmount { get; set; }

        /// <summary>The tax-exempt part of the canceled amount.</summary>
        public decimal TaxExemptionAmount { get; set; }

        /// <summary>The balance left after this cancellation.</summary>
        public decimal RefundableAmount { get; set; }

        /// <summary>The account-transfer discount taken back.</summary>
        public decimal TransferDiscountAmount { get; set; }

        /// <summary>The easy-pay discount taken back.</summary>
        public decimal EasyPayDiscountAmount { get; set; }

        /// <summary>The card company's instant discount taken back by this cancel; null when the API does not say.</summary>
        public decimal? CardDiscountAmount { get; set; }

        /// <summary>When it was canceled.</summary>
        public DateTimeOffset? CanceledAt { get; set; }

        /// <summary>The key of this cancel transaction.</summary>
        public string? TransactionKey { get; set; }

        /// <summary>The cancel receipt's key.</summary>
        public string? ReceiptKey { get; set; }

        /// <summary>The raw <c>cancelStatus</c> string; see <see cref="CancelStatus"/>.</summary>
        [JsonPropertyName("cancelStatus")]
        public string? RawCancelStatus { get; set; }

        /// <summary>Done, or for asynchronous overseas cancels in progress or aborted.</summary>
        [JsonIgnore]
        public CancelStatus? CancelStatus => ApiEnum.ParseOrNull<CancelStatus>(RawCancelStatus);

        /// <summary>The request id of an asynchronous cancel; otherwise null.</summary>
        public string? CancelRequestId { get; set; }

        /// <summary>Amount, time and reason, e.g. "1,000 at 2026-11-02 10:00:00 +09:00: 고객 요청".</summary>
        public override string ToString() => Display.Join(Display.Amount(CancelAmount) + (CanceledAt is null ? "" : " at " + Display.Time(CanceledAt)) + (string.IsNullOrEmpty(CancelReason) ? "" : ": " + CancelReason), RawCancelStatus is null or "DONE" ? null : RawCancelStatus);
    }
}
