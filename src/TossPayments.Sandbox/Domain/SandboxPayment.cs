using System;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// The sandbox's own record of a payment. Enum-like values are held in their English API form
    /// (<c>CARD</c>, <c>CREDIT</c>…) and put into Korean or English when the JSON is written.
    /// Mutated only under its own lock, by <see cref="PaymentRules"/>.
    /// </summary>
    public sealed class SandboxPayment
    {
        internal SandboxPayment(string paymentKey, string orderId, string orderName, string method, decimal totalAmount, DateTimeOffset requestedAt)
        {
            PaymentKey = paymentKey;
            OrderId = orderId;
            OrderName = orderName;
            Method = method;
            TotalAmount = totalAmount;
            BalanceAmount = totalAmount;
            RequestedAt = requestedAt;
        }

        /// <summary>The payment key.</summary>
        public string PaymentKey { get; }

        /// <summary>The order id.</summary>
        public string OrderId { get; }

        /// <summary>The order name.</summary>
        public string OrderName { get; }

        /// <summary>The means chosen by the customer, in English form; shown only once authenticated.</summary>
        public string Method { get; }

        /// <summary>NORMAL, or BILLING for a charge of a billing key.</summary>
        public string Type { get; internal set; } = "NORMAL";

        /// <summary>The payment status, e.g. <c>DONE</c>.</summary>
        public SandboxStatus Status { get; internal set; } = SandboxStatus.READY;

        /// <summary>The original amount.</summary>
        public decimal TotalAmount { get; }

        /// <summary>The amount not yet canceled.</summary>
        public decimal BalanceAmount { get; internal set; }

        /// <summary>The tax-free part of the balance.</summary>
        public decimal TaxFreeAmount { get; internal set; }

        /// <summary>The part that is exempt from tax (a cup deposit, say); a card payment with some cannot be canceled in part.</summary>
        public decimal TaxExemptionAmount { get; internal set; }

        /// <summary>The currency the payment was approved in; every sandbox payment is in KRW.</summary>
        public string Currency => "KRW";

        /// <summary>Whether a partial cancel is allowed.</summary>
        public bool IsPartialCancelable { get; internal set; } = true;

        /// <summary>
        /// Whether a cancel of part of the balance is taken: the payment allows it, and it is not a
        /// card payment with a tax-exempt part (API notes §8f).
        /// </summary>
        public bool AllowsPartialCancel => IsPartialCancelable && !(Method == "CARD" && TaxExemptionAmount > 0);

        /// <summary>When it was requested.</summary>
        public DateTimeOffset RequestedAt { get; }

        /// <summary>When it was approved.</summary>
        public DateTimeOffset? ApprovedAt { get; internal set; }

        /// <summary>The latest approval or cancel transaction.</summary>
        public string? LastTransactionKey { get; internal set; }

        /// <summary>Card details for card payments.</summary>
        public SandboxCard? Card { get; internal set; }

        /// <summary>The easy-pay provider's English code (e.g. <c>TOSSPAY</c>) for easy-pay payments.</summary>
        public string? EasyPayProvider { get; internal set; }

        /// <summary>The transfer bank code for account transfers.</summary>
        public string? TransferBankCode { get; internal set; }

        /// <summary>The account issued for virtual-account payments.</summary>
        public SandboxVirtualAccount? VirtualAccount { get; internal set; }

        /// <summary>The virtual-account deposit-callback secret.</summary>
        public string? Secret { get; internal set; }

        /// <summary>Why it failed (ABORTED, EXPIRED).</summary>
        public (string Code, string Message)? Failure { get; internal set; }

        /// <summary>The card company's refusal its confirm meets (a checkout's <c>decline</c>), which leaves it ABORTED.</summary>
        public string? DeclineCode { get; internal set; }

        /// <summary>When a READY or IN_PROGRESS payment expires (see <see cref="PaymentLifecycle"/>).</summary>
        public DateTimeOffset? ExpiresAt { get; internal set; }

        /// <summary>When the last cancel request was taken up, for the one-cancel-per-second rule.</summary>
        public DateTimeOffset? LastCancelRequestAt { get; internal set; }

        /// <summary>The cancellations, oldest first.</summary>
        public List<SandboxCancel> Cancels { get; } = new();

        /// <summary>The approval and cancel transactions, oldest first.</summary>
        public List<SandboxTransaction> Transactions { get; } = new();

        /// <summary>Whether the customer has authenticated, so the method is known.</summary>
        public bool IsMethodShown => Status is not (SandboxStatus.READY or SandboxStatus.EXPIRED);
    }

    /// <summary>Card details of a sandbox payment.</summary>
    /// <param name="IssuerCode">The issuer's code.</param>
    /// <param name="Number">The masked number.</param>
    /// <param name="ApproveNo">The approval number.</param>
    /// <param name="CardType">CREDIT or CHECK.</param>
    /// <param name="OwnerType">PERSONAL or CORPORATE.</param>
    public sealed record SandboxCard(string IssuerCode, string Number, string ApproveNo, string CardType, string OwnerType);

    /// <summary>An issued virtual account.</summary>
    public sealed class SandboxVirtualAccount
    {
        /// <summary>The account number (test accounts start with X).</summary>
        public required string AccountNumber { get; init; }

        /// <summary>The bank's code.</summary>
        public required string BankCode { get; init; }

        /// <summary>Who it was issued to.</summary>
        public required string CustomerName { get; init; }

        /// <summary>The deposit deadline.</summary>
        public DateTimeOffset DueDate { get; internal set; }

        /// <summary>Whether the deposit arrived.</summary>
        public bool Deposited { get; internal set; }

        /// <summary>Whether the due date passed with no deposit: the account takes none any more.</summary>
        public bool Expired { get; internal set; }

        /// <summary>NONE; PENDING from a refund's cancel until it is paid out; then COMPLETED.</summary>
        public string RefundStatus { get; internal set; } = "NONE";

        /// <summary>When a pending refund is paid out.</summary>
        public DateTimeOffset? RefundPaidOutAt { get; internal set; }

        /// <summary>The refund account once one was given: bank code, number, holder.</summary>
        public (string BankCode, string AccountNumber, string HolderName)? RefundAccount { get; internal set; }
    }

    /// <summary>One cancellation.</summary>
    /// <param name="TransactionKey">The cancel transaction's key.</param>
    /// <param name="CancelAmount">The amount taken back.</param>
    /// <param name="CancelReason">Why.</param>
    /// <param name="TaxFreeAmount">Its tax-free part.</param>
    /// <param name="RefundableAmount">The balance left after it.</param>
    /// <param name="CanceledAt">When.</param>
    public sealed record SandboxCancel(string TransactionKey, decimal CancelAmount, string CancelReason, decimal TaxFreeAmount, decimal RefundableAmount, DateTimeOffset CanceledAt);
}
