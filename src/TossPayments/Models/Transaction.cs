using System;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>
    /// One transaction of a payment, as <c>GET /v1/transactions</c> lists it: the approval, or one
    /// cancel (full or partial). A payment canceled twice has three transactions.
    /// </summary>
    public sealed class Transaction : ApiObject
    {
        /// <summary>The merchant id.</summary>
        [JsonPropertyName("mId")]
        public string? MId { get; set; }

        /// <summary>The transaction's key (the cursor for the next page).</summary>
        public string TransactionKey { get; set; } = "";

        /// <summary>The payment the transaction belongs to.</summary>
        public string PaymentKey { get; set; } = "";

        /// <summary>The merchant's order id.</summary>
        public string OrderId { get; set; } = "";

        /// <summary>The raw <c>method</c> string, Korean or English; see <see cref="Method"/>.</summary>
        [JsonPropertyName("method")]
        public string? RawMethod { get; set; }

        /// <summary>The means of payment.</summary>
        [JsonIgnore]
        public PaymentMethod? Method => ApiEnum.ParseOrNull<PaymentMethod>(RawMethod);

        /// <summary>The customer's key for billing payments; usually null.</summary>
        public string? CustomerKey { get; set; }

        /// <summary>Whether escrow is used.</summary>
        public bool? UseEscrow { get; set; }

        /// <summary>The receipt's address.</summary>
        public string? ReceiptUrl { get; set; }

        /// <summary>The raw <c>status</c> string; see <see cref="Status"/>.</summary>
        [JsonPropertyName("status")]
        public string? RawStatus { get; set; }

        /// <summary>The status the transaction gave the payment: Done (or WaitingForDeposit) for an approval, Canceled or PartialCanceled for a cancel.</summary>
        [JsonIgnore]
        public PaymentStatus Status => RawStatus is null ? PaymentStatus.UNKNOWN : ApiEnum.Parse<PaymentStatus>(RawStatus);

        /// <summary>Whether this is a cancel (full or partial) rather than an approval.</summary>
        [JsonIgnore]
        public bool IsCancel => Status == PaymentStatus.CANCELED || Status == PaymentStatus.PARTIAL_CANCELED;

        /// <summary>When it was processed (Korea time); the list is filtered and ordered by it.</summary>
        public DateTimeOffset TransactionAt { get; set; }

        /// <summary><c>KRW</c>, or <c>USD</c> for PayPal.</summary>
        public string? Currency { get; set; }

        /// <summary>The amount approved, or taken back by the cancel.</summary>
        public decimal Amount { get; set; }
    }
}
