namespace TossPayments.Models
{
    /// <summary>
    /// The summary of the cash receipt issued with a payment (<c>Payment.cashReceipt</c>). A receipt
    /// issued through the cash-receipt API is not linked to any payment: it is a <see cref="CashReceipt"/>.
    /// </summary>
    public sealed class PaymentCashReceipt : ApiObject
    {
        /// <summary><c>소득공제</c> (income deduction) or <c>지출증빙</c> (expense proof).</summary>
        public string? Type { get; set; }

        /// <summary>The receipt's key.</summary>
        public string? ReceiptKey { get; set; }

        /// <summary>The issue number.</summary>
        public string? IssueNumber { get; set; }

        /// <summary>The receipt's address.</summary>
        public string? ReceiptUrl { get; set; }

        /// <summary>The amount on the receipt.</summary>
        public decimal Amount { get; set; }

        /// <summary>Its tax-free part.</summary>
        public decimal TaxFreeAmount { get; set; }

        /// <summary>Type, amount and issue number.</summary>
        public override string ToString() => Display.Join((Type + " " + Display.Amount(Amount)).Trim(), Display.Labelled("no.", IssueNumber));
    }
}
