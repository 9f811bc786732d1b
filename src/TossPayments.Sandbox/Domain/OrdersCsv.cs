using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>Writes payments as an orders CSV (the shape of an Import-Csv input for bulk runs).</summary>
    public static class OrdersCsv
    {
        /// <summary>The header row.</summary>
        public static readonly string[] Columns = ["paymentKey", "orderId", "orderName", "method", "status", "amount", "balanceAmount", "currency", "isPartialCancelable"];

        /// <summary>Writes a header and one row per payment.</summary>
        public static void Write(TextWriter writer, IEnumerable<SandboxPayment> payments)
        {
            writer.WriteLine(string.Join(',', Columns));
            foreach (var p in payments)
            {
                string[] row =
                [
                    p.PaymentKey, p.OrderId, p.OrderName, p.Method, p.Status.ToString(),
                    p.TotalAmount.ToString(CultureInfo.InvariantCulture), p.BalanceAmount.ToString(CultureInfo.InvariantCulture),
                    p.Currency, p.AllowsPartialCancel ? "true" : "false", // false also for a card payment with a tax-exempt part
                ];
                writer.WriteLine(string.Join(',', row.Select(Quote)));
            }
        }

        // RFC 4180: quote a field with a comma, quote or line break, doubling inner quotes.
        private static string Quote(string field) =>
            field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
