using System;

namespace TossPayments.Models
{
    /// <summary>One cash-receipt issue or cancel (an element of <c>cashReceipts[]</c>).</summary>
    public sealed class CashReceiptHistory : ApiObject
    {
        /// <summary>The receipt's key.</summary>
        public string? ReceiptKey { get; set; }

        /// <summary>The order id.</summary>
        public string? OrderId { get; set; }

        /// <summary>The order's name.</summary>
        public string? OrderName { get; set; }

        /// <summary><c>소득공제</c> or <c>지출증빙</c>.</summary>
        public string? Type { get; set; }

        /// <summary>The issue number.</summary>
        public string? IssueNumber { get; set; }

        /// <summary>The receipt's address.</summary>
        public string? ReceiptUrl { get; set; }

        /// <summary>The business registration number.</summary>
        public string? BusinessNumber { get; set; }

        /// <summary><c>CONFIRM</c> or <c>CANCEL</c>.</summary>
        public string? TransactionType { get; set; }

        /// <summary>The amount.</summary>
        public decimal Amount { get; set; }

        /// <summary>Its tax-free part.</summary>
        public decimal TaxFreeAmount { get; set; }

        /// <summary><c>IN_PROGRESS</c>, <c>COMPLETED</c> or <c>FAILED</c>.</summary>
        public string? IssueStatus { get; set; }

        /// <summary>Why issuing failed.</summary>
        public Failure? Failure { get; set; }

        /// <summary>The customer's identity number (masked by the API).</summary>
        public string? CustomerIdentityNumber { get; set; }

        /// <summary>When it was requested.</summary>
        public DateTimeOffset? RequestedAt { get; set; }

        /// <summary>Status, kind and amount of one issue or cancel.</summary>
        public override string ToString() => Display.Join(IssueStatus, TransactionType, Display.Amount(Amount), Display.Labelled("no.", IssueNumber));
    }
}
