using System;
using System.Linq;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>The sandbox's rules for cash receipts (API notes §11), where the API publishes none of its own (§11b, §11g).</summary>
    public static class CashReceiptRules
    {
        /// <summary>The type of a receipt for the customer's income deduction.</summary>
        public const string IncomeDeduction = "소득공제";

        /// <summary>The type of a receipt that proves a business's expense.</summary>
        public const string ExpenseProof = "지출증빙";

        /// <summary>The transaction type of an issue.</summary>
        public const string Confirm = "CONFIRM";

        /// <summary>The transaction type of a cancel.</summary>
        public const string Cancel = "CANCEL";

        /// <summary>What prefixes the key to make a cancel's.</summary>
        public const string CancelKeyPrefix = "c_";

        /// <summary>The longest identity number.</summary>
        public const int MaxIdentityNumberLength = 30;

        /// <summary>How long a receipt stays IN_PROGRESS before the National Tax Service's result (the API: one to two days).</summary>
        public static readonly TimeSpan ResultDelay = TimeSpan.FromDays(1);

        /// <summary>The failure of a receipt the National Tax Service refuses.</summary>
        public static readonly (string Code, string Message) NtsFailure = ("NTS_ERROR", "[TS1] 현금영수증 식별번호의 길이가 올바르지 않습니다.");

        /// <summary>Whether a value is an identity number at all: 1 to 30 digits.</summary>
        public static bool IsIdentityNumber(string? number) =>
            number is { Length: >= 1 and <= MaxIdentityNumberLength } && number.All(char.IsAsciiDigit);

        /// <summary>
        /// Whether the number suits the type: an expense proof needs a business number of 10 digits;
        /// an income deduction a phone number (10 or 11 digits from 01) or a cash-receipt card
        /// number (13 to 19 digits).
        /// </summary>
        public static bool Suits(string type, string number) => type switch
        {
            ExpenseProof => number.Length == 10,
            IncomeDeduction => (number.Length is 10 or 11 && number.StartsWith("01", StringComparison.Ordinal)) || number.Length is >= 13 and <= 19,
            _ => false,
        };
    }
}
