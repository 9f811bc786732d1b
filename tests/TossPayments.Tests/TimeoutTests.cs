using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Payments;
using TossPayments.Reports;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    public sealed class TimeoutTests : SandboxTest
    {
        private static readonly DateTimeOffset DayStart = new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(9));

        // Every request is answered after a second: a lookup with the sample payment, a list (transactions, settlements, cash receipts) with an empty page.
        private static Task<LoopbackServer> SlowApiAsync() =>
            LoopbackServer.StartAsync(async context =>
            {
                await Task.Delay(TimeSpan.FromSeconds(1), context.RequestAborted);
                context.Response.ContentType = "application/json";
                var path = context.Request.Path;
                var isList = path.StartsWithSegments("/v1/transactions") || path.StartsWithSegments("/v1/settlements");
                await context.Response.WriteAsync(
                    path.StartsWithSegments("/v1/cash-receipts") ? """{"hasNext":false,"lastCursor":null,"data":[]}""" : isList ? "[]" : Samples.Read(Samples.CardDone));
            });

        // A client of the slow API with no retries, and the timeouts a test sets.
        private TossPaymentsClient ClientOf(LoopbackServer api, Action<TossPaymentsClientOptions> timeouts) =>
            NewClient(configure: o =>
            {
                o.BaseAddress = api.BaseAddress;
                o.MaxRetries = 0;
                timeouts(o);
            });

        [Fact]
        public void By_default_a_lookup_waits_30_seconds_and_a_change_or_a_report_page_60_as_the_API_asks()
        {
            var options = new TossPaymentsClientOptions(TestKey);

            Assert.Null(options.Timeout);
            Assert.Equal((30, 60, 60), (options.Timeouts.Lookup.TotalSeconds, options.Timeouts.Change.TotalSeconds, options.Timeouts.Report.TotalSeconds));
        }

        [Fact]
        public async Task A_report_page_gets_the_report_timeout_not_the_lookup_one()
        {
            await using var api = await SlowApiAsync();
            using var client = ClientOf(api, o => (o.Timeouts.Lookup, o.Timeouts.Report) = (TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(20)));

            var page = await client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayStart.AddDays(1)));
            var settlements = await client.Settlements.ListPageAsync(new SettlementQuery(DayStart.DateTime, DayStart.DateTime));
            var receipts = await client.CashReceipts.ListPageAsync(new CashReceipts.CashReceiptQuery(DayStart.DateTime));
            var lookup = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.Payments.GetAsync("tviva20240213121757MvuS8"));

            Assert.Empty(page);
            Assert.Empty(settlements);
            Assert.Empty(receipts.Data);
            Assert.True(lookup.IsTimeout);
        }

        [Fact]
        public async Task A_cancel_gets_the_change_timeout_not_the_lookup_one()
        {
            await using var api = await SlowApiAsync();
            using var client = ClientOf(api, o => (o.Timeouts.Lookup, o.Timeouts.Change) = (TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(300)));

            var cancel = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() =>
                client.Payments.CancelAsync("tviva20240213121757MvuS8", new CancelPaymentRequest("고객 변심")));
            var lookup = await client.Payments.GetAsync("tviva20240213121757MvuS8");

            Assert.True(cancel.IsTimeout);
            Assert.False(cancel.IsOutcomeKnown);
            Assert.Equal(Models.PaymentStatus.DONE, lookup.Status);
        }

        [Fact]
        public async Task One_timeout_set_for_all_replaces_every_kinds_own()
        {
            await using var api = await SlowApiAsync();
            using var client = ClientOf(api, o => o.Timeout = TimeSpan.FromMilliseconds(300));

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() =>
                client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayStart.AddDays(1))));

            Assert.True(error.IsTimeout);
            Assert.Contains("0.3 s", error.Message);
        }
    }
}
