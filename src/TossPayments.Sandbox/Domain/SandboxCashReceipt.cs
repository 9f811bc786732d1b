using System;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// One cash-receipt issue or cancel as the sandbox keeps it (API notes §11). Its status is not
    /// stored but read off the clock: <c>IN_PROGRESS</c> until <see cref="CashReceiptRules.ResultDelay"/>
    /// after the request, then <c>COMPLETED</c>, or <c>FAILED</c> for an issue the National Tax
    /// Service refuses.
    /// </summary>
    public sealed class SandboxCashReceipt
    {
        internal SandboxCashReceipt(long cursor, string receiptKey, string transactionType, CashReceiptOrder order, decimal amount, decimal taxFreeAmount, DateTimeOffset requestedAt)
        {
            Cursor = cursor;
            ReceiptKey = receiptKey;
            TransactionType = transactionType;
            Order = order;
            Amount = amount;
            TaxFreeAmount = taxFreeAmount;
            RequestedAt = requestedAt;
            Remaining = amount;
            RemainingTaxFree = taxFreeAmount;
        }

        /// <summary>Its place in the list, the cursor of the page it ends: above 2^32, so a 32-bit cursor fails.</summary>
        public long Cursor { get; }

        /// <summary>The receipt's key; a cancel's is <c>c_</c> + the issue's.</summary>
        public string ReceiptKey { get; }

        /// <summary>The issue number, 9 digits.</summary>
        public string IssueNumber => (Cursor % 1_000_000_000).ToString("D9", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary><c>CONFIRM</c> (an issue) or <c>CANCEL</c>.</summary>
        public string TransactionType { get; }

        /// <summary>The issue's order, type and customer; a cancel carries its issue's.</summary>
        public CashReceiptOrder Order { get; }

        /// <summary>The amount issued or canceled.</summary>
        public decimal Amount { get; }

        /// <summary>Its tax-free part.</summary>
        public decimal TaxFreeAmount { get; }

        /// <summary>When it was requested, Korea time.</summary>
        public DateTimeOffset RequestedAt { get; }

        /// <summary>What is left to cancel of an issue.</summary>
        public decimal Remaining { get; internal set; }

        /// <summary>The tax-free part of what is left.</summary>
        public decimal RemainingTaxFree { get; internal set; }

        /// <summary>Whether the National Tax Service refuses it when its result comes.</summary>
        public bool FailsAtNts => Order.FailsAtNts && TransactionType == CashReceiptRules.Confirm;

        /// <summary>Its status at <paramref name="now"/>: <c>IN_PROGRESS</c>, <c>COMPLETED</c> or <c>FAILED</c>.</summary>
        public string IssueStatusAt(DateTimeOffset now) =>
            now < RequestedAt + CashReceiptRules.ResultDelay ? "IN_PROGRESS" : FailsAtNts ? "FAILED" : "COMPLETED";
    }
}
