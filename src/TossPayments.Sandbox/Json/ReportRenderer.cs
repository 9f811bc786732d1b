using System.Globalization;
using System.Linq;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Json
{
    /// <summary>Turns transactions and settlements into the API's JSON shapes, in Korean or English like payments.</summary>
    public static class ReportRenderer
    {
        /// <summary>A transaction as <c>GET /v1/transactions</c> lists it.</summary>
        public static TransactionResource Render(SandboxTransaction t, bool english) =>
            new(PaymentRenderer.MerchantId, t.TransactionKey, t.Payment.PaymentKey, t.Payment.OrderId, "KRW",
                PaymentRenderer.Localize(t.Payment.Method, english), null, false, PaymentRenderer.ReceiptUrl(t.Payment), t.Status.ToString(), t.At, t.Amount);

        /// <summary>A settlement as <c>GET /v1/settlements</c> lists it.</summary>
        public static SettlementResource Render(SandboxSettlement s, bool english)
        {
            var payment = s.Transaction.Payment;
            CancelResource? cancel = null;
            if (s.Transaction.IsCancel)
            {
                lock (payment)
                {
                    cancel = payment.Cancels.Where(c => c.TransactionKey == s.Transaction.TransactionKey).Select(PaymentRenderer.RenderCancel).FirstOrDefault();
                }
            }

            return new SettlementResource(
                PaymentRenderer.MerchantId, payment.PaymentKey, s.Transaction.TransactionKey, payment.OrderId, "KRW",
                PaymentRenderer.Localize(payment.Method, english), s.Amount, 0, s.Fees.Select(f => new FeeResource(f.Type, f.Fee)).ToList(),
                s.SuppliedAmount, s.Vat, s.PayOutAmount, payment.ApprovedAt is { } approvedAt ? PaymentRenderer.Seconds(approvedAt) : null,
                Date(s.SoldDate), Date(s.PaidOutDate), null, null, null, null, null, null, cancel);
        }

        private static string Date(System.DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
