using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.CashReceipts;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// <c>POST /v1/cash-receipts</c> (API notes §11): the client checks a request before sending it;
    /// the sandbox issues the receipt IN_PROGRESS, completes it a day later, or refuses with the
    /// API's code and issues nothing.
    /// </summary>
    public sealed class CashReceiptIssueTests : CashReceiptTest
    {
        [Fact]
        public async Task An_issued_receipt_is_IN_PROGRESS_with_every_field_read()
        {
            var request = Receipt();
            request.TaxFreeAmount = 1000m;

            var receipt = await Client.CashReceipts.IssueAsync(request);

            Assert.Equal(("IN_PROGRESS", "CONFIRM", "RECEIPT-0001", "11월 관리비", "소득공제"), (receipt.IssueStatus, receipt.TransactionType, receipt.OrderId, receipt.OrderName, receipt.Type));
            Assert.Equal((15000m, 1000m), (receipt.Amount, receipt.TaxFreeAmount));
            Assert.Equal(9, receipt.IssueNumber!.Length);
            Assert.Equal(10, receipt.BusinessNumber!.Length);
            Assert.StartsWith("010*", receipt.CustomerIdentityNumber);
            Assert.Equal(Sandbox.Clock.GetUtcNow(), receipt.RequestedAt!.Value, TimeSpan.FromSeconds(5));
            Assert.Equal(TimeSpan.FromHours(9), receipt.RequestedAt.Value.Offset);
            Assert.StartsWith("https://", receipt.ReceiptUrl);
            Assert.Null(receipt.Failure);
            ModelAssert.EveryFieldTyped(receipt);
        }

        [Fact]
        public void The_APIs_receipt_reads_with_nothing_lost_and_writes_back_as_sent()
        {
            const string Sent = """
                {"receiptKey":"7Q5Y9wZOYN4n0BzkLDzE7","issueNumber":"123456789","issueStatus":"FAILED","amount":15000,"taxFreeAmount":0,"orderId":"RECEIPT-0001",
                 "orderName":"관리비","type":"지출증빙","transactionType":"CONFIRM","businessNumber":"1234567890","customerIdentityNumber":"220*******",
                 "failure":{"code":"NTS_ERROR","message":"[TS1] 식별번호 길이 오류"},"requestedAt":"2026-11-10T10:00:00+09:00","receiptUrl":"https://r",
                 "approvalNumber":"0001","approvedAt":"2026-11-10T10:00:01+09:00","canceledAt":null,"aFieldFromLater":{"x":1}}
                """;

            var receipt = JsonSerializer.Deserialize(Sent, TossJsonContext.Wire.CashReceipt)!;

            Assert.Equal(("FAILED", "NTS_ERROR", "0001"), (receipt.IssueStatus, receipt.Failure!.Code, receipt.ApprovalNumber));
            Assert.Equal(new DateTimeOffset(2026, 11, 10, 10, 0, 1, TimeSpan.FromHours(9)), receipt.ApprovedAt);
            Assert.Equal(["aFieldFromLater"], receipt.ExtensionData!.Keys);
            JsonAssert.Equivalent(Sent, receipt.ToJson());
        }

        [Fact]
        public async Task The_self_issue_number_is_sent_without_its_hyphens()
        {
            await Client.CashReceipts.IssueAsync(Receipt(number: IssueCashReceiptRequest.SelfIssueNumber));

            Assert.Equal("0100001234", Sandbox.CashReceipts.All.Single().Order.CustomerIdentityNumber);
        }

        [Theory]
        [InlineData("orderId", "short", "InvalidOrderId")]
        [InlineData("orderName", "", "InvalidText")]
        [InlineData("amount", "0", "InvalidAmount")]
        [InlineData("amount", "1000.5", "InvalidAmount")]
        [InlineData("type", "현금", "InvalidCashReceiptType")]
        [InlineData("type", "INCOME_DEDUCTION", "InvalidCashReceiptType")]
        [InlineData("number", "", "InvalidIdentityNumber")]
        [InlineData("number", "010 1234 5678", "InvalidIdentityNumber")]
        [InlineData("number", "+82-10-1234-5678", "InvalidIdentityNumber")]
        [InlineData("number", "-0100001234", "InvalidIdentityNumber")]
        [InlineData("number", "010--000-1234", "InvalidIdentityNumber")]
        [InlineData("number", "1234567890123456789012345678901", "InvalidIdentityNumber")]
        [InlineData("taxFreeAmount", "15001", "InvalidTaxFreeAmount")]
        [InlineData("taxFreeAmount", "-1", "InvalidTaxFreeAmount")]
        public async Task A_value_the_API_would_refuse_is_refused_before_anything_is_sent(string field, string value, string errorId)
        {
            var request = field switch
            {
                "orderId" => Receipt(orderId: value),
                "orderName" => new IssueCashReceiptRequest("RECEIPT-0002", value, 15000m, CashReceiptTypes.IncomeDeduction, "01012345678"),
                "amount" => Receipt(amount: decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)),
                "type" => Receipt(type: value),
                "number" => Receipt(number: value),
                _ => Receipt(),
            };
            if (field == "taxFreeAmount")
            {
                request.TaxFreeAmount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
            }

            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.CashReceipts.IssueAsync(request));

            Assert.Equal(errorId, error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public void A_refused_identity_number_is_not_repeated_in_the_message()
        {
            var error = Assert.Throws<TossPaymentsValidationException>(() => Receipt(number: "010 1234 5678").Validate());

            Assert.DoesNotContain("1234 5678", error.Message);
        }

        [Fact]
        public async Task A_number_that_does_not_suit_the_type_is_INVALID_REGISTRATION_NUMBER_TYPE_and_issues_nothing()
        {
            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                Client.CashReceipts.IssueAsync(Receipt(type: CashReceiptTypes.ExpenseProof, number: "010-1234-5678")));

            Assert.Equal(("INVALID_REGISTRATION_NUMBER_TYPE", 400), (error.Code, error.StatusCode));
            Assert.Empty(Sandbox.CashReceipts.All);
        }

        [Fact]
        public async Task An_order_that_has_a_receipt_is_DUPLICATED_CASH_RECEIPT()
        {
            await IssuedAsync("RECEIPT-0003");

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => IssuedAsync("RECEIPT-0003"));

            Assert.Equal("DUPLICATED_CASH_RECEIPT", error.Code);
            Assert.Single(Sandbox.CashReceipts.All);
        }

        [Fact]
        public async Task A_repeated_idempotency_key_issues_once_and_answers_alike()
        {
            var options = new TossRequestOptions { IdempotencyKey = "receipt-0004-issue" };

            var first = await Client.CashReceipts.IssueAsync(Receipt("RECEIPT-0004"), options);
            var again = await Client.CashReceipts.IssueAsync(Receipt("RECEIPT-0004"), options);

            Assert.Equal((first.ReceiptKey, first.IssueNumber), (again.ReceiptKey, again.IssueNumber));
            Assert.Single(Sandbox.CashReceipts.All);
        }

        [Fact]
        public async Task An_issue_whose_answer_was_lost_is_finished_with_its_key_and_issues_one_receipt()
        {
            Sandbox.Faults.LostResponseRate = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 0);
            var lost = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.CashReceipts.IssueAsync(Receipt("RECEIPT-0005")));
            Sandbox.Faults.LostResponseRate = 0;

            var receipt = await client.CashReceipts.IssueAsync(Receipt("RECEIPT-0005"), new TossRequestOptions { IdempotencyKey = lost.IdempotencyKey });

            Assert.False(lost.IsOutcomeKnown);
            Assert.Equal(Sandbox.CashReceipts.All.Single().ReceiptKey, receipt.ReceiptKey);
        }

        [Fact]
        public async Task An_issue_that_keeps_getting_a_server_error_is_reported_unknown_with_its_key_and_nothing_looked_up()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 1);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                client.CashReceipts.IssueAsync(Receipt("RECEIPT-0006"), new TossRequestOptions { IdempotencyKey = "receipt-0006", TestCode = "FAILED_INTERNAL_SYSTEM_PROCESSING" }));

            Assert.False(error.IsOutcomeKnown);
            Assert.Equal("receipt-0006", error.IdempotencyKey);
            Assert.All(Sandbox.Requests.Entries, e => Assert.Equal(("POST", "/v1/cash-receipts"), (e.Method, e.Path)));
        }

        [Fact]
        public async Task An_answer_replayed_for_another_order_is_a_mismatch_not_a_success()
        {
            var options = new TossRequestOptions { IdempotencyKey = "receipt-reused" };
            await Client.CashReceipts.IssueAsync(Receipt("RECEIPT-0007"), options);

            var error = await Assert.ThrowsAsync<TossPaymentsAnswerMismatchException>(() => Client.CashReceipts.IssueAsync(Receipt("RECEIPT-0008"), options));

            Assert.Equal("receipt-reused", error.IdempotencyKey);
            Assert.False(error.IsOutcomeKnown);
            Assert.Contains("RECEIPT-0008", error.Message);
            Assert.DoesNotContain(Sandbox.CashReceipts.All, r => r.Order.OrderId == "RECEIPT-0008");
        }

        [Fact]
        public async Task A_receipt_and_its_cancel_are_COMPLETED_a_day_after_their_requests()
        {
            var issued = await IssuedAsync();
            await Client.CashReceipts.CancelAsync(issued.ReceiptKey!, new CancelCashReceiptRequest(5000m));
            var before = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day));

            Sandbox.Clock.Advance(TimeSpan.FromDays(1));
            var after = await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day));

            Assert.Equal(["IN_PROGRESS", "IN_PROGRESS"], before.Data.Select(r => r.IssueStatus));
            Assert.Equal(["COMPLETED", "COMPLETED"], after.Data.Select(r => r.IssueStatus));
        }

        [Fact]
        public async Task The_National_Tax_Services_refusal_asked_for_by_test_code_ends_the_receipt_FAILED()
        {
            var issued = await Client.CashReceipts.IssueAsync(Receipt(), new TossRequestOptions { TestCode = "NTS_ERROR" });

            Sandbox.Clock.Advance(TimeSpan.FromDays(1));
            var listed = (await Client.CashReceipts.ListPageAsync(new CashReceiptQuery(Day))).Data.Single();

            Assert.Equal("IN_PROGRESS", issued.IssueStatus);
            Assert.Equal(("FAILED", "NTS_ERROR"), (listed.IssueStatus, listed.Failure!.Code));
            Assert.StartsWith("[TS1]", listed.Failure.Message);
        }
    }
}
