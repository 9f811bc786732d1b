using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using TossPayments.Json;

namespace TossPayments.Models
{
    /// <summary>
    /// A payment as the API returns it (API version 2022-11-16). Its nested parts (<see cref="Card"/>,
    /// <see cref="Cancels"/>…) are read from the answer when first asked for; one the API sent
    /// malformed throws a <see cref="JsonException"/> naming it then. A confirm or cancel reads
    /// them all before it counts as done.
    /// </summary>
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
        [JsonIgnore]
        public IList<Cancellation>? Cancels { get => CancelsJson?.Read("cancels"); set => CancelsJson = Deferred<IList<Cancellation>>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("cancels")]
        internal Deferred<IList<Cancellation>>? CancelsJson { get; set; }

        /// <summary>Card details, for card payments.</summary>
        [JsonIgnore]
        public Card? Card { get => CardJson?.Read("card"); set => CardJson = Deferred<Card>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("card")]
        internal Deferred<Card>? CardJson { get; set; }

        /// <summary>Virtual-account details.</summary>
        [JsonIgnore]
        public VirtualAccount? VirtualAccount { get => VirtualAccountJson?.Read("virtualAccount"); set => VirtualAccountJson = Deferred<VirtualAccount>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("virtualAccount")]
        internal Deferred<VirtualAccount>? VirtualAccountJson { get; set; }

        /// <summary>Mobile-phone payment details.</summary>
        [JsonIgnore]
        public MobilePhone? MobilePhone { get => MobilePhoneJson?.Read("mobilePhone"); set => MobilePhoneJson = Deferred<MobilePhone>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("mobilePhone")]
        internal Deferred<MobilePhone>? MobilePhoneJson { get; set; }

        /// <summary>Gift-certificate details.</summary>
        [JsonIgnore]
        public GiftCertificate? GiftCertificate { get => GiftCertificateJson?.Read("giftCertificate"); set => GiftCertificateJson = Deferred<GiftCertificate>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("giftCertificate")]
        internal Deferred<GiftCertificate>? GiftCertificateJson { get; set; }

        /// <summary>Account-transfer details.</summary>
        [JsonIgnore]
        public Transfer? Transfer { get => TransferJson?.Read("transfer"); set => TransferJson = Deferred<Transfer>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("transfer")]
        internal Deferred<Transfer>? TransferJson { get; set; }

        /// <summary>Easy-pay details.</summary>
        [JsonIgnore]
        public EasyPay? EasyPay { get => EasyPayJson?.Read("easyPay"); set => EasyPayJson = Deferred<EasyPay>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("easyPay")]
        internal Deferred<EasyPay>? EasyPayJson { get; set; }

        /// <summary>Overseas easy-pay details; the API does not document their shape, so they are kept as JSON.</summary>
        public JsonElement? ForeignEasyPay { get; set; }

        /// <summary>The virtual-account secret that a DEPOSIT_CALLBACK webhook must carry.</summary>
        public string? Secret { get; set; }

        /// <summary>The receipt link.</summary>
        [JsonIgnore]
        public Receipt? Receipt { get => ReceiptJson?.Read("receipt"); set => ReceiptJson = Deferred<Receipt>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("receipt")]
        internal Deferred<Receipt>? ReceiptJson { get; set; }

        /// <summary>The payment window link.</summary>
        [JsonIgnore]
        public Checkout? Checkout { get => CheckoutJson?.Read("checkout"); set => CheckoutJson = Deferred<Checkout>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("checkout")]
        internal Deferred<Checkout>? CheckoutJson { get; set; }

        /// <summary>The two-letter country code, e.g. <c>KR</c>.</summary>
        public string? Country { get; set; }

        /// <summary>Why the payment failed, for ABORTED and EXPIRED payments.</summary>
        [JsonIgnore]
        public Failure? Failure { get => FailureJson?.Read("failure"); set => FailureJson = Deferred<Failure>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("failure")]
        internal Deferred<Failure>? FailureJson { get; set; }

        /// <summary>The cash receipt issued for the payment.</summary>
        [JsonIgnore]
        public PaymentCashReceipt? CashReceipt { get => CashReceiptJson?.Read("cashReceipt"); set => CashReceiptJson = Deferred<PaymentCashReceipt>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("cashReceipt")]
        internal Deferred<PaymentCashReceipt>? CashReceiptJson { get; set; }

        /// <summary>Every cash-receipt issue and cancel for the payment, in no order.</summary>
        [JsonIgnore]
        public IList<CashReceipt>? CashReceipts { get => CashReceiptsJson?.Read("cashReceipts"); set => CashReceiptsJson = Deferred<IList<CashReceipt>>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("cashReceipts")]
        internal Deferred<IList<CashReceipt>>? CashReceiptsJson { get; set; }

        /// <summary>A card company's instant discount.</summary>
        [JsonIgnore]
        public Discount? Discount { get => DiscountJson?.Read("discount"); set => DiscountJson = Deferred<Discount>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("discount")]
        internal Deferred<Discount>? DiscountJson { get; set; }

        /// <summary>The key/value pairs set when the payment was requested.</summary>
        [JsonIgnore]
        public IDictionary<string, string>? Metadata { get => MetadataJson?.Read("metadata"); set => MetadataJson = Deferred<IDictionary<string, string>>.Of(value); }

        [JsonInclude]
        [JsonPropertyName("metadata")]
        internal Deferred<IDictionary<string, string>>? MetadataJson { get; set; }

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
