using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Reports;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class TransactionListTests : SandboxTest
    {
        private static readonly TimeSpan Korea = TimeSpan.FromHours(9);

        // The seeded day: payments from 09:00 KST on 2 November 2026, cancels two hours after.
        private static readonly DateTimeOffset DayStart = new(2026, 11, 2, 0, 0, 0, Korea);
        private static readonly DateTimeOffset DayEnd = DayStart.AddDays(1).AddMilliseconds(-1);

        private List<string> SeededKeys => Sandbox.Store.Transactions.Between(DayStart, DayEnd).Select(t => t.TransactionKey).ToList();

        private int ListRequests => Sandbox.Requests.Entries.Count(e => e.Path == "/v1/transactions");

        [Fact]
        public async Task A_page_lists_every_approval_and_cancel_of_the_window_oldest_first()
        {
            var page = await Client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayEnd) { Limit = 5000 });

            Assert.Equal(SeededKeys, page.Select(t => t.TransactionKey));
            Assert.Equal(page.OrderBy(t => t.TransactionAt).Select(t => t.TransactionKey), page.Select(t => t.TransactionKey));
            var canceled = Seeded(p => p.Status == SandboxStatus.CANCELED);
            Assert.Equal(new[] { PaymentStatus.DONE, PaymentStatus.CANCELED }, page.Where(t => t.PaymentKey == canceled.PaymentKey).Select(t => t.Status));
        }

        [Fact]
        public async Task A_transaction_carries_the_payment_its_amount_and_its_time()
        {
            var seeded = SeededCard(SandboxStatus.PARTIAL_CANCELED);

            var page = await Client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayEnd) { Limit = 5000 });

            var (approval, cancel) = (page.Single(t => t.PaymentKey == seeded.PaymentKey && !t.IsCancel), page.Single(t => t.PaymentKey == seeded.PaymentKey && t.IsCancel));
            Assert.Equal((seeded.OrderId, seeded.TotalAmount, PaymentMethod.CARD, seeded.ApprovedAt), (approval.OrderId, approval.Amount, approval.Method, (DateTimeOffset?)approval.TransactionAt));
            Assert.Equal((PaymentStatus.PARTIAL_CANCELED, seeded.Cancels[0].CancelAmount, seeded.Cancels[0].TransactionKey), (cancel.Status, cancel.Amount, cancel.TransactionKey));
            Assert.Equal(Korea, cancel.TransactionAt.Offset);
        }

        [Theory]
        [InlineData(1, 0)]
        [InlineData(7, 0)]
        [InlineData(0, -1)]
        [InlineData(0, 0)]
        [InlineData(0, +1)]
        public async Task Paging_crosses_page_boundaries_without_gaps_or_repeats(int pageSize, int aroundTheCount)
        {
            var all = SeededKeys;
            var limit = pageSize > 0 ? pageSize : all.Count + aroundTheCount;
            var pager = Client.Transactions.List(new TransactionQuery(DayStart, DayEnd) { Limit = limit });

            var read = new List<string>();
            while (pager.HasMore)
            {
                read.AddRange((await pager.NextPageAsync()).Select(t => t.TransactionKey));
            }

            Assert.Equal(all, read);
            var expectedRequests = all.Count / limit + 1; // a full last page is followed by one empty page, as the API pages
            Assert.Equal(expectedRequests, pager.PagesRead);
            Assert.Equal(expectedRequests, ListRequests);
        }

        [Fact]
        public async Task Each_page_starts_after_the_last_transaction_of_the_page_before()
        {
            var pager = Client.Transactions.List(new TransactionQuery(DayStart, DayEnd) { Limit = 10 });

            var first = await pager.NextPageAsync();
            await pager.NextPageAsync();

            var cursors = Sandbox.Requests.Entries.Where(e => e.Path == "/v1/transactions").Select(e => e.QueryValue("startingAfter")).ToList();
            Assert.Equal(new[] { null, first[^1].TransactionKey }, cursors);
        }

        [Fact]
        public async Task A_window_with_no_transactions_is_an_empty_list_after_one_request()
        {
            var pager = Client.Transactions.List(new TransactionQuery(DayStart.AddDays(-3), DayStart.AddDays(-2)));

            await Paging.AssertEmptyAfterOnePageAsync(pager);

            Assert.Equal(1, ListRequests);
        }

        [Fact]
        public async Task Query_times_are_sent_as_Korea_local_time_without_an_offset()
        {
            var utcMidnight = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
            var newYorkEvening = new DateTimeOffset(2026, 11, 2, 9, 59, 59, 999, TimeSpan.FromHours(-5));

            await Client.Transactions.ListPageAsync(new TransactionQuery(utcMidnight, newYorkEvening));

            var sent = Sandbox.Requests.Entries.Single(e => e.Path == "/v1/transactions");
            Assert.Equal("2026-11-02T09:00:00", sent.QueryValue("startDate"));
            Assert.Equal("2026-11-02T23:59:59.999", sent.QueryValue("endDate"));
            Assert.Equal("100", sent.QueryValue("limit"));
        }

        [Fact]
        public async Task Both_ends_of_the_window_are_inclusive_to_the_second()
        {
            var seeded = Sandbox.Store.Transactions.Between(DayStart, DayEnd)[3];

            var page = await Client.Transactions.ListPageAsync(new TransactionQuery(seeded.At, seeded.At));

            Assert.Contains(seeded.TransactionKey, page.Select(t => t.TransactionKey));
            Assert.All(page, t => Assert.Equal(seeded.At, t.TransactionAt));
        }

        [Fact]
        public async Task A_cancel_made_now_is_listed_with_the_amount_it_took_back()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            var before = DateTimeOffset.UtcNow.AddSeconds(-1);
            var canceled = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("partial refund") { CancelAmount = 1000 });

            var page = await Client.Transactions.ListPageAsync(new TransactionQuery(before, DateTimeOffset.UtcNow.AddSeconds(1)));

            var cancel = Assert.Single(page);
            Assert.Equal((canceled.LastTransactionKey, seeded.PaymentKey, 1000m, PaymentStatus.PARTIAL_CANCELED, true),
                (cancel.TransactionKey, cancel.PaymentKey, cancel.Amount, cancel.Status, cancel.IsCancel));
        }

        [Fact]
        public async Task Paging_reads_through_injected_server_errors_and_rate_limits()
        {
            Sandbox.Faults.ServerErrorRate = 0.3;
            Sandbox.Faults.RateLimitRate = 0.1;
            Sandbox.Faults.RetryAfterSeconds = 0;
            using var client = NewClient(configure: o => o.MaxRetries = 10);
            var pager = client.Transactions.List(new TransactionQuery(DayStart, DayEnd) { Limit = 5 });

            var read = new List<string>();
            while (pager.HasMore)
            {
                read.AddRange((await pager.NextPageAsync()).Select(t => t.TransactionKey));
            }

            Assert.Equal(SeededKeys, read);
            Assert.Contains(Sandbox.Requests.Entries, e => e.Path == "/v1/transactions" && e.Status >= 429);
        }

        [Fact]
        public async Task English_answers_map_to_the_same_method()
        {
            using var client = NewClient(configure: o => o.AcceptLanguage = "en-US");

            var page = await client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayEnd) { Limit = 5000 });

            Assert.Contains(page, t => t.RawMethod == "CARD" && t.Method == PaymentMethod.CARD);
            Assert.DoesNotContain(page, t => t.Method == PaymentMethod.UNKNOWN);
        }

        [Fact]
        public async Task A_start_after_the_end_is_refused_before_sending()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Transactions.ListPageAsync(new TransactionQuery(DayEnd, DayStart)));

            Assert.Equal("InvalidDateRange", error.ErrorId);
            Assert.Equal(0, ListRequests);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(5001)]
        public async Task A_page_size_outside_1_to_5000_is_refused_before_sending(int limit)
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayEnd) { Limit = limit }));

            Assert.Equal("InvalidPageSize", error.ErrorId);
            Assert.Equal(0, ListRequests);
        }

        [Fact]
        public async Task An_unknown_cursor_is_the_APIs_INVALID_TRANSACTION_KEY()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Transactions.ListPageAsync(new TransactionQuery(DayStart, DayEnd) { StartingAfter = "txrd_a01jq71h2m1gaa9g678kr6afs0g" }));

            Assert.Equal(("INVALID_TRANSACTION_KEY", 400), (error.Code, error.StatusCode));
        }

        [Theory]
        [InlineData("INVALID_TRANSACTION_KEY")]
        [InlineData("INVALID_PAGING_KEY")]
        public async Task A_refused_paging_key_ends_the_list_with_an_error_that_says_it_is_incomplete(string code)
        {
            await using var api = await LoopbackServer.RefusingItsPagingKeyAsync(LoopbackServer.OneTransactionPage, code);
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });
            var pager = client.Transactions.List(new TransactionQuery(DayStart, DayEnd) { Limit = 1 });

            var first = await pager.NextPageAsync();
            var error = await Assert.ThrowsAsync<TossPaymentsPagingException>(() => pager.NextPageAsync());

            Assert.Single(first);
            Assert.Equal((code, 400, 1L), (error.Code, error.StatusCode, error.ItemsRead));
            Assert.Contains("only part of the list", error.Message);
            Assert.False(pager.HasMore);
        }

        [Theory]
        [InlineData("startDate=2026-11-02T00:00:00%2B09:00&endDate=2026-11-03T00:00:00")]
        [InlineData("startDate=2026-11-02T00:00:00Z&endDate=2026-11-03T00:00:00")]
        [InlineData("endDate=2026-11-03T00:00:00")]
        [InlineData("startDate=2026-11-02&endDate=2026-11-03&limit=5001")]
        public async Task The_sandbox_refuses_what_the_API_does_not_take(string query)
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "/v1/transactions?" + query, Basic(TestKey + ":"));

            Assert.Equal(400, status);
            Assert.Contains("INVALID_REQUEST", body);
        }
    }
}
