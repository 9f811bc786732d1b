using System;

namespace TossPayments.Models
{
    /// <summary>
    /// One cash-receipt issue or cancel (API notes §11): what <c>POST /v1/cash-receipts</c>, its
    /// cancel and the list answer, and an element of a payment's <c>cashReceipts[]</c>. The National
    /// Tax Service's result comes a day or two later: <see cref="IssueStatus"/> stays
    /// <c>IN_PROGRESS</c> until then, and ends <c>COMPLETED</c> or <c>FAILED</c> with a <see cref="Failure"/>.
    /// </summary>
    public sealed class CashReceipt : ApiObject
    {
        /// <summary>The receipt's key (at most 200 characters); a cancel's is the issue's key prefixed <c>c_</c>.</summary>
        public string? ReceiptKey { get; set; }

        /// <summary>The issue number (at most 9 characters).</summary>
        public string? IssueNumber { get; set; }

        /// <summary><c>IN_PROGRESS</c> (sent to the National Tax Service), <c>COMPLETED</c> or <c>FAILED</c>.</summary>
        public string? IssueStatus { get; set; }

        /// <summary>The amount issued, or canceled for a cancel.</summary>
        public decimal Amount { get; set; }

        /// <summary>Its tax-free part.</summary>
        public decimal TaxFreeAmount { get; set; }

        /// <summary>The merchant's order id.</summary>
        public string? OrderId { get; set; }

        /// <summary>The order's name.</summary>
        public string? OrderName { get; set; }

        /// <summary><c>소득공제</c> (income deduction) or <c>지출증빙</c> (expense proof).</summary>
        public string? Type { get; set; }

        /// <summary><c>CONFIRM</c> (an issue) or <c>CANCEL</c>.</summary>
        public string? TransactionType { get; set; }

        /// <summary>The issuing merchant's business registration number (10 digits).</summary>
        public string? BusinessNumber { get; set; }

        /// <summary>The customer's identity number (phone, cash-receipt card or business number), as the API shows it (masked).</summary>
        public string? CustomerIdentityNumber { get; set; }

        /// <summary>Why the National Tax Service refused it: <c>NTS_ERROR</c> with a bracketed reason; null unless <c>FAILED</c>.</summary>
        public Failure? Failure { get; set; }

        /// <summary>When the issue or cancel was requested.</summary>
        public DateTimeOffset? RequestedAt { get; set; }

        /// <summary>The receipt's address (in test mode it shows no real data).</summary>
        public string? ReceiptUrl { get; set; }

        /// <summary>The approval number, where the API still sends one (older versions).</summary>
        public string? ApprovalNumber { get; set; }

        /// <summary>When it was approved, where the API still sends it (removed in version 2022-07-27 in favour of <see cref="RequestedAt"/>).</summary>
        public DateTimeOffset? ApprovedAt { get; set; }

        /// <summary>When it was canceled, where the API still sends it (removed in version 2022-07-27 in favour of <see cref="RequestedAt"/>).</summary>
        public DateTimeOffset? CanceledAt { get; set; }

        /// <summary>Status, kind, amount and issue number.</summary>
        public override string ToString() => Display.Join(IssueStatus, TransactionType, Display.Amount(Amount), Display.Labelled("no.", IssueNumber));
    }
}
