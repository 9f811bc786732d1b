using System.Collections.Generic;

namespace TossPayments.CashReceipts
{
    /// <summary>The two types of cash receipt, as the API writes them (API notes §11).</summary>
    public static class CashReceiptTypes
    {
        /// <summary><c>소득공제</c>: for the customer's income deduction; needs a phone or cash-receipt card number.</summary>
        public const string IncomeDeduction = "소득공제";

        /// <summary><c>지출증빙</c>: proof of a business's expense; needs a business registration number.</summary>
        public const string ExpenseProof = "지출증빙";

        /// <summary>Both types.</summary>
        public static IReadOnlyList<string> All { get; } = [IncomeDeduction, ExpenseProof];
    }
}
