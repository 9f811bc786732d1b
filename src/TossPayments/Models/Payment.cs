using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>A payment as the API returns it (API version 2022-11-16).</summary>
    public sealed class Payment : ApiObject
    {
        /// <summary>The API version that shaped this response, e.g. <c>2022-11-16</c>.</summary>
        public string? Version { get; set; }

        /// <summary>The payment's key (up to 200 characters).</summary>
        public string PaymentKey { get; set; } = "";

        /// <summary>The raw <c>type</c> string; see <see cref="Type"/>.</summary>
        [JsonPropertyName("type")]
        public string? RawType { get; set; }

        /// <summary>Normal, billing or BrandPay.</summary>
        [JsonIgnore]
        public PaymentType Type => RawType is null ? PaymentType.UNKNOWN : ApiEnum.Parse<PaymentType>(RawType);

        /// <summary>The merchant's order id (6 to 64 characters).</summary>
        public string OrderId { get; set; } = "";

        /// <summary>The order's name; can be empty.</summary>
        public string? OrderName { get; set; }

        /// <summary>The merchant id.</summary>
        [JsonPropertyName("mId")]
        public string? MId { get; set; }

        /// <summary>The key of the latest approval or cancel transaction.</summary>
        public string? LastTransactionKey { get; set; }

        /// <summary>A legacy (version 1.4 and older) top-level field, still seen as null.</summary>
        public string? TransactionKey { get; set; }

        /// <summary>The raw <c>status</c> string; see <see cref="Status"/>.</summary>
        [JsonPropertyName("status")]
        public string? RawStatus { get; set; }

        /// <summary>Where the payment is in its life.</summary>
        [JsonIgnore]
        public PaymentStatus Status => RawStatus is null ? PaymentStatus.UNKNOWN : ApiEnum.Parse<PaymentStatus>(RawStatus);

        /// <summary>The raw <c>method</c> string, Korean or English; see <see cref="Method"/>.</summary>
        [JsonPropertyName("method")]
        public string? RawMethod { get; set; }

        /// <summary>The means of payment; <c>null</c> before the customer chose one (READY, EXPIRED).</summary>
        [JsonIgnore]
        public PaymentMethod? Method => ApiEnum.ParseOrNull<PaymentMethod>(RawMethod);

        /// <summary>When the payment was requested.</summary>
        public DateTimeOffset? RequestedAt { get; set; }

        /// <summary>When it was approved; <c>null</c> before approval.</summary>
        public DateTimeOffset? ApprovedAt { get; set; }

        /// <summary>Whether escrow is used; missing on some expired payments.</summary>
        public bool? UseEscrow { get; set; }

        /// <summary>Whether the payment counts as a culture expense (문화비).</summary>
        public bool? CultureExpense { get; set; }

        /// <summary><c>KRW</c>, or <c>USD</c> for PayPal.</summary>
        public string? Currency { get; set; }

        /// <summary>The original amount; never changes.</summary>
        public decimal TotalAmount { get; set; }

        /// <summary>The amount not yet canceled. Equals <see cref="TotalAmount"/> for READY and EXPIRED payments too, so it alone does not say whether a payment can be canceled: see <see cref="CanBeCanceled"/>.</summary>
        public decimal BalanceAmount { get; set; }

        /// <summary>The supplied (net of VAT) part of the balance.</summary>
        public decimal SuppliedAmount { get; set; }

        /// <summary>The VAT part of the balance.</summary>
        public decimal Vat { get; set; }

        /// <summary>The tax-free part of the balance.</summary>
        public decimal TaxFreeAmount { get; set; }

        /// <summary>The tax-exempt part, e.g. a cup deposit.</summary>
        public decimal TaxExemptionAmount { get; set; }

        /// <summary>Whether a partial cancel is possible; when false only a full cancel is. Null when the API did not say (an unfinished or aborted payment).</summary>
        public bool? IsPartialCancelable { get; set; }

        /// <summary>The part paid through an easy-pay provider's own balance or points; null when the API does not say.</summary>
        public decimal? EasyPayAmount { get; set; }

        /// <summary>The easy-pay provider's discount; null when the API does not say.</summary>
        public decimal? EasyPayDiscountAmount { get; set; }

        /// <summary>The cancellations, oldest first; <c>null</c> (not empty) when there are none.</summary>
        public IList<Cancellation>? Cancels { get; set; }

        /// <summary>Card details, for card payments.</summary>
        public Card? Card { get; set; }

        /// <summary>Virtual-account details.</summary>
        public VirtualAccount? VirtualAccount { get; set; }

        /// <summary>Mobile-phone payment details.</summary>
        public MobilePhone? MobilePhone { get; set; }

        /// <summary>Gift-certificate details.</summary>
        public GiftCertificate? GiftCertificate { get; set; }

        /// <summary>Account-transfer details.</summary>
        public Transfer? Transfer { get; set; }

        /// <summary>Easy-pay details.</summary>
        public EasyPay? EasyPay { get; set; }

        /// <summary>Overseas easy-pay details; the API does not document their shape, so they are kept as JSON.</summary>
        public JsonElement? ForeignEasyPay { get; set; }

        /// <summary>The virtual-account secret that a DEPOSIT_CALLBACK webhook must carry.</summary>
        public string? Secret { get; set; }

        /// <summary>The receipt link.</summary>
        public Receipt? Receipt { get; set; }

        /// <summary>The payment window link.</summary>
        public Checkout? Checkout { get; set; }

        /// <summary>The two-letter country code, e.g. <c>KR</c>.</summary>
        public string? Country { get; set; }

        /// <summary>Why the payment failed, for ABORTED and EXPIRED payments.</summary>
        public Failure? Failure { get; set; }

        /// <summary>The cash receipt issued for the payment.</summary>
        public CashReceipt? CashReceipt { get; set; }

        /// <summary>Every cash-receipt issue and cancel for the payment, in no order.</summary>
        public IList<CashReceiptHistory>? CashReceipts { get; set; }

        /// <summary>A card company's instant discount.</summary>
        public Discount? Discount { get; set; }

        /// <summary>The key/value pairs set when the payment was requested.</summary>
        public IDictionary<string, string>? Metadata { get; set; }

        /// <summary>Whether the payment is approved and nothing of it is canceled (status DONE).</summary>
        public bool IsPaid() => Status == PaymentStatus.DONE;

        /// <summary>Whether any of it is canceled (status CANCELED or PARTIAL_CANCELED).</summary>
        public bool IsCanceled() => Status == PaymentStatus.CANCELED || Status == PaymentStatus.PARTIAL_CANCELED;

        /// <summary>Whether nothing is left to cancel: canceled, with a zero balance. A payment canceled in parts can keep the PARTIAL_CANCELED status at a zero balance; this still says true.</summary>
        public bool IsFullyCanceled() => IsCanceled() && BalanceAmount == 0;

        /// <summary>Whether a cancel can succeed: the payment is approved (or awaits a deposit) and has a balance. READY, IN_PROGRESS, EXPIRED and ABORTED payments cannot be canceled, whatever their balance says.</summary>
        public bool CanBeCanceled() =>
            (Status == PaymentStatus.DONE || Status == PaymentStatus.PARTIAL_CANCELED || Status == PaymentStatus.WAITING_FOR_DEPOSIT)
            && BalanceAmount > 0;

        /// <summary>The amount that a cancel can still take back: the balance when <see cref="CanBeCanceled"/>, else 0.</summary>
        public decimal GetCancelableAmount() => CanBeCanceled() ? BalanceAmount : 0m;

        /// <summary>The amount canceled so far: the sum of the cancellations that are done.</summary>
        public decimal GetCanceledAmount() =>
            Cancels?.Where(c => c.RawCancelStatus is null || c.CancelStatus == Models.CancelStatus.DONE).Sum(c => c.CancelAmount) ?? 0m;

        /// <summary>The payment key, order id, status and amounts, for logs; never anything secret.</summary>
        public override string ToString() =>
            $"{PaymentKey} (order {OrderId}, {RawStatus}, {BalanceAmount}/{TotalAmount} {Currency})";
    }
}
