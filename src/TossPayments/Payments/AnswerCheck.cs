using System.Globalization;
using System.Linq;
using TossPayments.Models;

namespace TossPayments.Payments
{
    /// <summary>
    /// Checks that the payment a confirm or cancel got back is the one it asked about, changed as
    /// it asked. An answer replayed for an idempotency key that was first used for another
    /// operation fails here instead of passing for this one.
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

        private static TossPaymentsAnswerMismatchException Mismatch(string request, Payment answer, string idempotencyKey) =>
            new TossPaymentsAnswerMismatchException(
                $"{request} was answered with payment {answer.PaymentKey} (order {answer.OrderId}, status {answer.RawStatus}, balance {Text(answer.BalanceAmount)}), " +
                $"which is not what it asked for. Idempotency-Key '{idempotencyKey}' was most likely used before for another operation, whose answer TossPayments replayed: " +
                "this request was not carried out as asked. Check the payment, then send it with a new idempotency key.",
                idempotencyKey);

        private static string Text(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);
    }
}
