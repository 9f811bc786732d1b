using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// samples/reconcile.ps1 -Day: its comparison (samples/lib/OrderTransactionComparison.ps1) run
    /// in the real engine over Get-TossTransaction's output and an orders CSV read as Import-Csv
    /// reads it, after a bulk cancel of part of the orders.
    /// </summary>
    public sealed class ReconciliationSampleTests : ModuleTest
    {
        private static readonly string Comparison = Path.Combine(ModuleSession.RepositoryRoot, "samples", "lib", "OrderTransactionComparison.ps1");

        // The evening of the seeded day, so that the bulk cancel falls on the day reconciled.
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 11, Payments = 60, LogRequests = false, Clock = new FixedClock(new DateTimeOffset(2026, 11, 2, 20, 0, 0, TimeSpan.FromHours(9))),
        };

        private string OrdersCsvText()
        {
            using var writer = new StringWriter();
            OrdersCsv.Write(writer, Sandbox.Store.All);
            return writer.ToString();
        }

        private string[] Differences(string ordersCsv)
        {
            var result = Session.Run(
                ". $comparison; Get-TossTransaction -Date 2026-11-02 -PageSize 7 | Compare-OrderTransaction -Order $orders | ForEach-Object { '{0}: {1}' -f $_.orderId, $_.problem }",
                variables: new Dictionary<string, object?> { ["comparison"] = Comparison, ["orders"] = CsvRows.Parse(ordersCsv).ToArray() });
            result.AssertNoErrors();
            return result.Output.Select(o => o.ToString()).Order(StringComparer.Ordinal).ToArray();
        }

        [Fact]
        public void Books_that_match_the_day_report_no_difference()
        {
            Assert.Empty(Differences(OrdersCsvText()));
        }

        [Fact]
        public void After_a_bulk_cancel_the_day_reports_exactly_the_differences_set_up()
        {
            var books = OrdersCsvText(); // the books as they stood before the bulk cancel
            var done = DoneCards(9);
            var partlyCanceled = Sandbox.Store.All.First(p => p.Status == SandboxStatus.PARTIAL_CANCELED && p.Method == "CARD" && p.BalanceAmount > 1000);
            var bulk = CsvRows.Parse("paymentKey,cancelReason,cancelAmount\n" +
                $"{done[0].PaymentKey},bulk,\n{done[1].PaymentKey},bulk,\n{done[2].PaymentKey},bulk,\n" +
                $"{done[3].PaymentKey},bulk,1000\n{done[4].PaymentKey},bulk,1000\n{partlyCanceled.PaymentKey},bulk,500");
            Session.Run("$input | Stop-TossPayment -Force | Out-Null", bulk).AssertNoErrors();

            var lines = books.TrimEnd('\n').Split('\n').ToList();
            string Row(SandboxPayment p) => lines.Single(l => l.Contains("," + p.OrderId + ",", StringComparison.Ordinal));
            lines[lines.IndexOf(Row(done[5]))] = Row(done[5]).Replace($",DONE,{done[5].TotalAmount},", $",DONE,{done[5].TotalAmount + 100},", StringComparison.Ordinal);
            lines.Remove(Row(done[6]));
            lines[lines.IndexOf(Row(done[7]))] = Row(done[7]).Replace(",DONE,", ",CANCELED,", StringComparison.Ordinal);
            lines.Add("tsbxNOSUCHPAYMENT,ORDER-999999,Phantom order,CARD,DONE,5000,5000,KRW,true");

            var expected = new[]
            {
                $"{done[0].OrderId}: cancel not recorded", $"{done[1].OrderId}: cancel not recorded", $"{done[2].OrderId}: cancel not recorded",
                $"{done[3].OrderId}: cancel not recorded", $"{done[4].OrderId}: cancel not recorded", $"{partlyCanceled.OrderId}: cancel not recorded",
                $"{done[5].OrderId}: amount differs", $"{done[6].OrderId}: missing in orders", $"{done[7].OrderId}: status differs",
                "ORDER-999999: missing in TossPayments",
            };
            Assert.Equal(expected.Order(StringComparer.Ordinal), Differences(string.Join("\n", lines)));
        }

        [Fact]
        public void A_difference_row_carries_both_sides()
        {
            var books = OrdersCsvText();
            var done = DoneCards(1)[0];
            Session.Run("Stop-TossPayment -PaymentKey $key -CancelReason bulk -CancelAmount 1000 -Force | Out-Null",
                variables: new Dictionary<string, object?> { ["key"] = done.PaymentKey }).AssertNoErrors();

            var result = Session.Run(". $comparison; Get-TossTransaction -Date 2026-11-02 | Compare-OrderTransaction -Order $orders",
                variables: new Dictionary<string, object?> { ["comparison"] = Comparison, ["orders"] = CsvRows.Parse(books).ToArray() });

            var row = Assert.Single(result.Output);
            Assert.Equal(
                new object?[] { done.OrderId, "cancel not recorded", "DONE", "PARTIAL_CANCELED", 1000m, done.TotalAmount },
                new[] { "orderId", "problem", "expectedStatus", "actualStatus", "canceledAmount", "actualAmount" }.Select(p => row.Properties[p].Value));
            Assert.Equal(2, ((string)row.Properties["transactionKeys"].Value).Split(' ').Length);
        }
    }
}
