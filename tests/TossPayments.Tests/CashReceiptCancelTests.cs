using System;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.CashReceipts;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// <c>POST /v1/cash-receipts/{receiptKey}/cancel</c> (API notes §11): all that is left or a part,
    /// each cancel a CANCEL receipt keyed <c>c_</c> + the issue's key; what cannot be canceled is
    /// refused and cancels nothing.
    /// </summary>
    public sealed class CashReceiptCancelTests : CashReceiptTest
    {
        [Fact]
        public async Task A_cancel_without_an_amount_cancels_the_whole_receipt_under_the_c_key()
        {
            var issued = await IssuedAsync();

            var cancel = await Client.CashReceipts.CancelAsync(issued.ReceiptKey!);

            Assert.Equal(("c_" + issued.ReceiptKey, "CANCEL", "RECEIPT-0001", 15000m), (cancel.ReceiptKey, cancel.TransactionType, cancel.OrderId, cancel.Amount));
            Assert.Equal("IN_PROGRESS", cancel.IssueStatus);
            Assert.Equal(0m, Sandbox.CashReceipts.All[0].Remaining);
        }

        [Fact]
        public async Task Partial_cancels_each_take_their_amount_under_the_same_c_key_until_the_rest_is_canceled()
        {
            var issued = await IssuedAsync();

            var first = await Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(5000m));
            var second = await Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(4000m));
            var rest = await Client.CashReceipts.CancelAsync(issued.ReceiptKey!);

            Assert.Equal([5000m, 4000m, 6000m], new[] { first, second, rest }.Select(c => c.Amount));
            Assert.All(new[] { first, second, rest }, c => Assert.Equal("c_" + issued.ReceiptKey, c.ReceiptKey));
            Assert.NotEqual(first.IssueNumber, second.IssueNumber);
        }

        [Fact]
        public async Task More_than_is_left_is_INVALID_REQUEST_and_cancels_nothing()
        {
            var issued = await IssuedAsync();
            await Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(10000m));

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(5001m)));

            Assert.Equal(("INVALID_REQUEST", 400), (error.Code, error.StatusCode));
            Assert.Equal(5000m, Sandbox.CashReceipts.All[0].Remaining);
        }

        [Fact]
        public async Task A_receipt_canceled_whole_cannot_be_canceled_again()
        {
            var issued = await IssuedAsync();
            await Client.CashReceipts.CancelAsync(issued.ReceiptKey!);

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.CashReceipts.CancelAsync(issued.ReceiptKey!));

            Assert.Equal("INVALID_REQUEST", error.Code);
            Assert.Equal(2, Sandbox.CashReceipts.All.Count);
        }

        [Fact]
        public async Task An_unknown_receipt_key_is_NOT_FOUND()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => Client.CashReceipts.CancelAsync("csr0000000000000000000000"));

            Assert.Equal(("NOT_FOUND", 404), (error.Code, error.StatusCode));
        }

        [Theory]
        [InlineData(null, "{}")]
        [InlineData(3000.0, """{"amount":3000}""")]
        public async Task A_whole_cancel_sends_no_amount_and_a_partial_one_sends_it(double? amount, string expected)
        {
            await using var api = await LoopbackServer.RecordingBodiesAsync();
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });
            var request = amount is double part ? new CancelCashReceiptRequest((decimal)part) : new CancelCashReceiptRequest();

            await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => client.CashReceipts.CancelAsync("csr1", request));

            JsonAssert.Equivalent(expected, api.LastBody!);
            Assert.Equal(amount is not null, api.LastBody!.Contains("amount", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("", null, "InvalidReceiptKey")]
        [InlineData("csr 1", null, "InvalidReceiptKey")]
        [InlineData("..", null, "InvalidReceiptKey")]
        [InlineData("csr/../1", null, "InvalidReceiptKey")]
        [InlineData("csr1", 0.0, "InvalidAmount")]
        [InlineData("csr1", -1000.0, "InvalidAmount")]
        [InlineData("csr1", 1000.5, "InvalidAmount")]
        public async Task A_value_the_API_would_refuse_is_refused_before_anything_is_sent(string receiptKey, double? amount, string errorId)
        {
            var request = amount is double part ? new CancelCashReceiptRequest((decimal)part) : null;

            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.CashReceipts.CancelAsync(receiptKey, request));

            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task A_receipt_key_longer_than_200_is_refused_before_sending()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.CashReceipts.CancelAsync(new string('k', 201)));

            Assert.Equal("InvalidReceiptKey", error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task A_replayed_cancel_of_another_amount_is_a_mismatch_and_cancels_nothing_more()
        {
            var issued = await IssuedAsync();
            var options = new TossRequestOptions { IdempotencyKey = "receipt-cancel-reused" };
            await Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(1000m), options);

            var error = await Assert.ThrowsAsync<TossPaymentsAnswerMismatchException>(() =>
                Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(2000m), options));

            Assert.Equal("receipt-cancel-reused", error.IdempotencyKey);
            Assert.Equal(14000m, Sandbox.CashReceipts.All[0].Remaining);
        }

        [Fact]
        public async Task A_receipt_the_National_Tax_Service_refused_cannot_be_canceled()
        {
            var issued = await Client.CashReceipts.IssueAsync(Receipt(), new TossRequestOptions { TestCode = "NTS_ERROR" });
            Sandbox.Clock.Advance(TimeSpan.FromDays(1));

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.CashReceipts.CancelAsync(issued.ReceiptKey!));

            Assert.Equal("INVALID_REQUEST", error.Code);
            Assert.Single(Sandbox.CashReceipts.All);
        }
    }
}
