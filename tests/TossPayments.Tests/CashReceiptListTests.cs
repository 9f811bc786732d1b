using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.CashReceipts;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// <c>GET /v1/cash-receipts</c> (API notes §11): a day's issues and cancels in the order requested,
    /// page after page by a 64-bit cursor while the API says more follow.
    /// </summary>
    public sealed class CashReceiptListTests : CashReceiptTest
    {
        private int ListRequests => Sandbox.Requests.Entries.Count(e => e.Path == "/v1/cash-receipts" && e.Method == "GET");

        // Seven receipts and two cancels, requested one after the other on the test day.
        private async Task<List<string>> NineOfTheDayAsync()
        {
            for (var i = 1; i <= 7; i++)
            {
                var issued = await IssuedAsync($"RECEIPT-LIST-{i:D2}", 1000m * i);
                if (i is 2 or 5)
                {
                    await Client.CashReceipts.CancelAsync(issued.ReceiptKey!);
                }
            }

            return Sandbox.CashReceipts.All.Select(r => r.IssueNumber).ToList();
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(9)]
        [InlineData(10)]
        public async Task Paging_returns_every_receipt_of_the_day_once_in_the_order_requested(int limit)
        {
            var all = await NineOfTheDayAsync();
            var pager = Client.CashReceipts.List(new CashReceiptQuery(Day) { Limit = limit });

            var read = await Paging.ReadAllAsync(pager);

            Assert.Equal(all, read.Select(r => r.IssueNumber));
            Assert.Equal(["CONFIRM", "CONFIRM", "CANCEL"], read.Take(3).Select(r => r.TransactionType));
            var pages = (all.Count + limit - 1) / limit; // the last page says no more follow: no empty page is asked for
            Assert.Equal((pages, pages), (pager.PagesRead, ListRequests));
        }

        [Fact]
        public async Task Each_page_asks_for_the_receipts_after_the_cursor_the_page_before_ended_with_a_64_bit_integer()
        {
            await NineOfTheDayAsync();

            var first = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day) { Limit = 4 });
            var second = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day) { Limit = 4, Cursor = first.LastCursor });

            Assert.True(first.HasNext);
            Assert.True(first.LastCursor > uint.MaxValue);
            Assert.Equal(first.LastCursor.ToString(), Sandbox.Requests.Entries.Last(e => e.Path == "/v1/cash-receipts").QueryValue("cursor"));
            Assert.Equal(Sandbox.CashReceipts.All[4].IssueNumber, second.Data[0].IssueNumber);
        }

        [Fact]
        public async Task The_day_is_sent_as_yyyy_MM_dd_with_the_default_limit_and_no_cursor()
        {
            await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day.AddHours(23.5)));

            var sent = Sandbox.Requests.Entries.Single(e => e.Path == "/v1/cash-receipts");
            Assert.Equal(("2026-11-10", "100", null), (sent.QueryValue("requestDate"), sent.QueryValue("limit"), sent.QueryValue("cursor")));
        }

        [Fact]
        public async Task A_day_without_receipts_is_an_empty_list_after_one_request()
        {
            var pager = Client.CashReceipts.List(new CashReceiptQuery(Day.AddDays(-1)));

            await Paging.AssertEmptyAfterOnePageAsync(pager);

            Assert.Equal(1, ListRequests);
        }

        [Fact]
        public async Task A_day_lists_only_the_receipts_requested_on_it()
        {
            await IssuedAsync("RECEIPT-DAY-1");
            Sandbox.Clock.Advance(TimeSpan.FromDays(1));
            await IssuedAsync("RECEIPT-DAY-2");

            var first = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day));
            var next = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day.AddDays(1)));

            Assert.Equal(["RECEIPT-DAY-1"], first.Data.Select(r => r.OrderId));
            Assert.Equal(["RECEIPT-DAY-2"], next.Data.Select(r => r.OrderId));
        }

        [Theory]
        [InlineData(0)]
        [InlineData(10001)]
        public async Task A_page_size_outside_1_to_10000_is_refused_before_sending(int limit)
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day) { Limit = limit }));

            Assert.Equal("InvalidPageSize", error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task A_cursor_not_of_the_day_is_the_APIs_INVALID_PAGING_KEY()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day) { Cursor = 5_000_000_001 }));

            Assert.Equal(("INVALID_PAGING_KEY", 400), (error.Code, error.StatusCode));
        }

        private const string OneReceiptPage =
            """{"hasNext":true,"lastCursor":5000000001,"data":[{"receiptKey":"csr1","issueNumber":"000000001","issueStatus":"IN_PROGRESS","amount":1000,"taxFreeAmount":0,"orderId":"RECEIPT-0001","orderName":"o","type":"소득공제","transactionType":"CONFIRM","businessNumber":"1234567890","customerIdentityNumber":"010********","failure":null,"requestedAt":"2026-11-10T10:00:00+09:00","receiptUrl":"https://r"}]}""";

        [Fact]
        public async Task A_refused_cursor_after_the_first_page_ends_the_list_with_an_error_that_says_it_is_incomplete()
        {
            await using var api = await LoopbackServer.RefusingItsPagingKeyAsync(OneReceiptPage, "INVALID_PAGING_KEY");
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });
            var pager = client.CashReceipts.List(new CashReceiptQuery(Day) { Limit = 1 });

            var first = await pager.NextPageAsync();
            var error = await Assert.ThrowsAsync<TossPaymentsPagingException>(() => pager.NextPageAsync());

            Assert.Single(first);
            Assert.Equal(("INVALID_PAGING_KEY", 1L), (error.Code, error.ItemsRead));
            Assert.False(pager.HasMore);
        }

        [Fact]
        public async Task A_page_that_says_more_follow_without_a_new_cursor_is_an_error_not_the_end()
        {
            await using var api = await LoopbackServer.AnsweringAsync(200, "application/json", OneReceiptPage.Replace("5000000001", "null", StringComparison.Ordinal));
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });
            var pager = client.CashReceipts.List(new CashReceiptQuery(Day));

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => pager.NextPageAsync());

            Assert.Equal(TossClientCodes.UnreadableAnswer, error.Code);
        }

        [Fact]
        public async Task Paging_reads_through_injected_server_errors_and_rate_limits()
        {
            var all = await NineOfTheDayAsync();
            Sandbox.Faults.ServerErrorRate = 0.3;
            Sandbox.Faults.RateLimitRate = 0.1;
            Sandbox.Faults.RetryAfterSeconds = 0;
            using var client = NewClient(configure: o => o.MaxRetries = 10);
            var pager = client.CashReceipts.List(new CashReceiptQuery(Day) { Limit = 2 });

            var read = await Paging.ReadAllAsync(pager);

            Assert.Equal(all, read.Select(r => r.IssueNumber));
            Assert.Contains(Sandbox.Requests.Entries, e => e.Path == "/v1/cash-receipts" && e.Status >= 429);
        }
    }
}
