using System;
using System.Linq;
using TossPayments.CashReceipts;

namespace TossPayments.Validation
{
    /// <summary>The API's rules for cash-receipt requests (API notes §11).</summary>
    internal static partial class RequestValidator
    {
        /// <summary>The longest receipt key.</summary>
        public const int MaxReceiptKeyLength = 200;

        /// <summary>The most digits a customer identity number has.</summary>
        public const int MaxIdentityNumberDigits = 30;

        /// <summary>A cash receipt's key: 1 to 200 characters, no white space or control characters, not a dot segment.</summary>
        public static void ReceiptKey(string? receiptKey) => KeyInPath(receiptKey, MaxReceiptKeyLength, "InvalidReceiptKey", "receiptKey", "receipt key");

        /// <summary>
        /// A customer identity number: 1 to 30 digits, single hyphens between them allowed (the
        /// self-issue number is written <c>010-000-1234</c>); sent as digits only (API notes §11a).
        /// The number is personal, so the message does not repeat it.
        /// </summary>
        public static void IdentityNumber(string? number)
        {
            const string Rule = "must be 1 to 30 digits (a phone, cash-receipt card or business number), with hyphens only between digits, as in 010-000-1234";
            if (string.IsNullOrEmpty(number))
            {
                throw Invalid("InvalidIdentityNumber", "customerIdentityNumber", $"The customer identity number is empty; it {Rule}.");
            }

            var digits = DigitGroups.Count(number, "-");
            if (digits < 1)
            {
                throw Invalid("InvalidIdentityNumber", "customerIdentityNumber", $"The customer identity number is not digits with single hyphens between them; it {Rule}.");
            }

            if (digits > MaxIdentityNumberDigits)
            {
                throw Invalid("InvalidIdentityNumber", "customerIdentityNumber", $"The customer identity number has {digits} digits; it {Rule}.");
            }
        }

        /// <summary>A cash receipt's issue: a new order id, a name, a whole-won amount, one of the two types, an identity number, a tax-free part within the amount.</summary>
        public static void IssueCashReceipt(IssueCashReceiptRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            NewOrderInWon(request.OrderId, request.OrderName, request.Amount);
            if (!CashReceiptTypes.All.Contains(request.Type))
            {
                throw Invalid("InvalidCashReceiptType", "type",
                    $"The type '{Printable(request.Type ?? "")}' is not one the API takes: {CashReceiptTypes.IncomeDeduction} (income deduction) or {CashReceiptTypes.ExpenseProof} (expense proof).");
            }

            IdentityNumber(request.CustomerIdentityNumber);
            TaxFree(request.TaxFreeAmount, request.Amount, "amount", null);
        }

        /// <summary>A cash receipt's cancel: its key, and a whole-won amount when it is partial.</summary>
        public static void CancelCashReceipt(string receiptKey, CancelCashReceiptRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            ReceiptKey(receiptKey);
            if (request.Amount is decimal amount)
            {
                Amount(amount);
                WholeUnits(amount, null, "amount");
            }
        }

        /// <summary>A cash-receipt list query: a page size of 1 to 10000.</summary>
        public static void CashReceipts(CashReceiptQuery query)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            PageSize(query.Limit, "limit", CashReceiptQuery.MaxLimit);
        }
    }
}
