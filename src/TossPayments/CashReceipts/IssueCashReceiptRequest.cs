using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.CashReceipts
{
    /// <summary>
    /// The body of <c>POST /v1/cash-receipts</c>: issue a cash receipt for a sale, paid through
    /// TossPayments or not (API notes §11). The receipt is not linked to any payment.
    /// </summary>
    public sealed class IssueCashReceiptRequest
    {
        /// <summary>The National Tax Service's number for a customer who gives none (자진발급), for an income-deduction receipt.</summary>
        public const string SelfIssueNumber = "010-000-1234";

        /// <summary>Creates an issue request.</summary>
        /// <param name="orderId">The merchant's order id: one receipt per order.</param>
        /// <param name="orderName">What was sold.</param>
        /// <param name="amount">The amount, in whole won.</param>
        /// <param name="type">One of <see cref="CashReceiptTypes"/>.</param>
        /// <param name="customerIdentityNumber">The customer's phone, cash-receipt card or business number; hyphens between digits are taken out before sending.</param>
        public IssueCashReceiptRequest(string orderId, string orderName, decimal amount, string type, string customerIdentityNumber)
        {
            OrderId = orderId;
            OrderName = orderName;
            Amount = amount;
            Type = type;
            CustomerIdentityNumber = customerIdentityNumber;
        }

        /// <summary>The merchant's order id (6 to 64 of <c>A-Z a-z 0-9 - _</c>); the API issues one receipt per order.</summary>
        public string OrderId { get; }

        /// <summary>What was sold (1 to 100 characters).</summary>
        public string OrderName { get; }

        /// <summary>The amount, in whole won, more than zero.</summary>
        public decimal Amount { get; }

        /// <summary><see cref="CashReceiptTypes.IncomeDeduction"/> (<c>소득공제</c>) or <see cref="CashReceiptTypes.ExpenseProof"/> (<c>지출증빙</c>).</summary>
        public string Type { get; }

        /// <summary>
        /// The customer's number as given: a phone or cash-receipt card number for an income
        /// deduction, a business number for an expense proof, or <see cref="SelfIssueNumber"/>.
        /// At most 30 digits, hyphens between them allowed; sent as digits only (API notes §11a).
        /// </summary>
        [JsonIgnore]
        public string CustomerIdentityNumber { get; }

        /// <summary>The tax-free part of the amount (whole won, 0 when left out).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? TaxFreeAmount { get; set; }

        // The API's schema takes digits only.
        [JsonInclude]
        [JsonPropertyName("customerIdentityNumber")]
        internal string? CustomerIdentityNumberSent => DigitGroups.Digits(CustomerIdentityNumber);

        /// <summary>Checks the request as the API's rules ask (API notes §11); a bad value throws <see cref="TossPaymentsValidationException"/>.</summary>
        public void Validate() => RequestValidator.IssueCashReceipt(this);
    }
}
