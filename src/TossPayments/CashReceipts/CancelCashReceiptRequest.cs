using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.CashReceipts
{
    /// <summary>The body of <c>POST /v1/cash-receipts/{receiptKey}/cancel</c>: all that is left of a receipt, or part of it (API notes §11).</summary>
    public sealed class CancelCashReceiptRequest
    {
        /// <summary>A cancel of all that is left of the receipt: no amount is sent.</summary>
        public CancelCashReceiptRequest()
        {
        }

        /// <summary>A partial cancel of <paramref name="amount"/> won.</summary>
        public CancelCashReceiptRequest(decimal amount)
        {
            Amount = amount;
        }

        /// <summary>The amount to cancel, in whole won; null for all that is left.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? Amount { get; }

        /// <summary>Checks the cancel as the API's rules ask (API notes §11); a bad value throws <see cref="TossPaymentsValidationException"/>.</summary>
        public void Validate(string receiptKey) => RequestValidator.CancelCashReceipt(receiptKey, this);
    }
}
