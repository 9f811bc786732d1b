using System;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Json
{
    /// <summary>Turns a cash receipt into the API's JSON shape, its status as of the time it is answered (API notes §11).</summary>
    public static class CashReceiptRenderer
    {
        /// <summary>The merchant's business registration number, on every receipt.</summary>
        internal const string BusinessNumber = "1234567890";

        /// <summary>The receipt as the API would answer at <paramref name="now"/>.</summary>
        public static CashReceiptResource Render(SandboxCashReceipt r, DateTimeOffset now)
        {
            var status = r.IssueStatusAt(now);
            var failure = status == "FAILED" ? new FailureResource(CashReceiptRules.NtsFailure.Code, CashReceiptRules.NtsFailure.Message) : null;
            return new CashReceiptResource(r.ReceiptKey, r.IssueNumber, status, r.Amount, r.TaxFreeAmount, r.Order.OrderId, r.Order.OrderName, r.Order.Type,
                r.TransactionType, BusinessNumber, Mask(r.Order.CustomerIdentityNumber), failure, PaymentRenderer.Seconds(r.RequestedAt),
                $"https://dashboard.tosspayments.com/receipt/cash-receipt?receiptKey={r.ReceiptKey}");
        }

        // The API shows the customer's number masked: the first three digits, then one '*' for each of the rest.
        private static string Mask(string number) => number.Length <= 3 ? number : number[..3] + new string('*', number.Length - 3);
    }
}
