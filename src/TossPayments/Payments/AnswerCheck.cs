using System.Globalization;
using System.Linq;
using TossPayments.CashReceipts;
using TossPayments.Models;

namespace TossPayments.Payments
{
    /// <summary>
    /// Checks that the payment a confirm or cancel got back, or the cash receipt an issue or cancel
    /// got back, is the one it asked about, changed as it asked. An answer replayed for an
    /// idempotency key that was first used for another operation fails here instead of passing
    /// for this one.
    /// </summary>
    internal static class AnswerCheck
    {
        public static Payment Confirm(ConfirmPaymentRequest request, Payment answer, string idempotencyKey)
        {
            if (answer.PaymentKey != request.PaymentKey || answer.OrderId != request.OrderId || answer.TotalAmount != request.Amount)
            {
                throw Mismatch($"The confirm of payment {request.PaymentKey} (order {request.OrderId}, {Text(request.Amount)})", answer, idempotencyKey);
            }

            return answer;
        }

        public static Payment Cancel(string paymentKey, CancelPaymentRequest request, Payment answer, string idempotencyKey)
        {
            var matches = answer.PaymentKey == paymentKey
                && (request.CancelAmount is decimal amount
                    ? answer.Cancels?.Any(cancel => cancel.CancelAmount == amount) == true
                    : answer.BalanceAmount == 0);
            if (!matches)
            {
                var what = request.CancelAmount is decimal part ? $"a cancel of {Text(part)}" : "a cancel of the whole balance";
                throw Mismatch($"The request for {what} of payment {paymentKey}", answer, idempotencyKey);
            }

            return answer;
        }

        public static Payment IssueVirtualAccount(IssueVirtualAccountRequest request, Payment answer, string idempotencyKey)
        {
            if (answer.OrderId != request.OrderId || answer.TotalAmount != request.Amount || answer.VirtualAccount is null)
            {
                throw Mismatch($"The issue of a virtual account for order {request.OrderId} ({Text(request.Amount)})", answer, idempotencyKey);
            }

            return answer;
        }

        public static Payment Charge(BillingChargeRequest request, Payment answer, string idempotencyKey)
        {
            if (answer.OrderId != request.OrderId || answer.TotalAmount != request.Amount)
            {
                throw Mismatch($"The billing charge of order {request.OrderId} ({Text(request.Amount)})", answer, idempotencyKey);
            }

            return answer;
        }

        public static CashReceipt IssueCashReceipt(IssueCashReceiptRequest request, CashReceipt answer, string idempotencyKey)
        {
            if (answer.OrderId != request.OrderId || answer.Amount != request.Amount || answer.TransactionType != "CONFIRM")
            {
                throw Mismatch($"The issue of a cash receipt for order {request.OrderId} ({Text(request.Amount)})", answer, idempotencyKey);
            }

            return answer;
        }

        // A cancel's key is the issue's prefixed c_, whichever cancel of it this is (API notes §11c).
        public static CashReceipt CancelCashReceipt(string receiptKey, CancelCashReceiptRequest request, CashReceipt answer, string idempotencyKey)
        {
            if (answer.ReceiptKey != "c_" + receiptKey || answer.TransactionType != "CANCEL" || (request.Amount is decimal amount && answer.Amount != amount))
            {
                var what = request.Amount is decimal part ? $"a cancel of {Text(part)}" : "a cancel of all that is left";
                throw Mismatch($"The request for {what} of cash receipt {receiptKey}", answer, idempotencyKey);
            }

            return answer;
        }

        private static TossPaymentsAnswerMismatchException Mismatch(string request, Payment answer, string idempotencyKey) =>
            Mismatch(request, $"payment {answer.PaymentKey} (order {answer.OrderId}, status {answer.RawStatus}, balance {Text(answer.BalanceAmount)})", "the payment", idempotencyKey);

        private static TossPaymentsAnswerMismatchException Mismatch(string request, CashReceipt answer, string idempotencyKey) =>
            Mismatch(request, $"cash receipt {answer.ReceiptKey} ({answer.TransactionType} of order {answer.OrderId}, {Text(answer.Amount)}, {answer.IssueStatus})", "the day's cash receipts", idempotencyKey);

        private static TossPaymentsAnswerMismatchException Mismatch(string request, string answered, string toCheck, string idempotencyKey) =>
            new TossPaymentsAnswerMismatchException(
                $"{request} was answered with {answered}, " +
                $"which is not what it asked for. Idempotency-Key '{idempotencyKey}' was most likely used before for another operation, whose answer TossPayments replayed: " +
                $"this request was not carried out as asked. Check {toCheck}, then send it with a new idempotency key.",
                idempotencyKey);

        private static string Text(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
