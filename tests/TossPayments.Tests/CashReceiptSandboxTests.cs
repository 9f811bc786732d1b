using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// The sandbox's cash receipts (API notes §11) asked over plain HTTP, with what the client would
    /// never send: each refusal has the API's code and makes nothing.
    /// </summary>
    public sealed class CashReceiptSandboxTests : CashReceiptTest
    {
        // A valid issue, with one field changed (a null value leaves the field out).
        private static string Issue(string? field = null, string? json = null)
        {
            var fields = new Dictionary<string, string?>
            {
                ["orderId"] = "\"RECEIPT-0001\"", ["orderName"] = "\"11월 관리비\"", ["amount"] = "15000", ["type"] = "\"소득공제\"", ["customerIdentityNumber"] = "\"01012345678\"",
            };
            if (field is not null)
            {
                fields[field] = json;
            }

            return "{" + string.Join(",", fields.Where(f => f.Value is not null).Select(f => $"\"{f.Key}\":{f.Value}")) + "}";
        }

        private Task<(int Status, string Body)> PostAsync(string path, string? json, params (string Name, string Value)[] headers) =>
            SendRawAsync(HttpMethod.Post, path, Basic(TestKey + ":"), json, headers);

        [Theory]
        [InlineData("amount", "0", "BELOW_ZERO_AMOUNT")]
        [InlineData("amount", "-15000", "BELOW_ZERO_AMOUNT")]
        [InlineData("amount", "15000.5", "INVALID_REQUEST")]
        [InlineData("amount", null, "INVALID_REQUEST")]
        [InlineData("orderId", "\"short\"", "INVALID_REQUEST")]
        [InlineData("orderName", null, "INVALID_REQUEST")]
        [InlineData("type", "\"현금\"", "INVALID_REQUEST")]
        [InlineData("customerIdentityNumber", "\"010-1234-5678\"", "INVALID_REQUEST")]
        [InlineData("customerIdentityNumber", "\"1234567890123456789012345678901\"", "INVALID_REQUEST")]
        [InlineData("customerIdentityNumber", null, "INVALID_REQUEST")]
        [InlineData("taxFreeAmount", "15001", "INVALID_REQUEST")]
        [InlineData("taxFreeAmount", "-1", "INVALID_REQUEST")]
        [InlineData("customerIdentityNumber", "\"012345678901\"", "INVALID_REGISTRATION_NUMBER_TYPE")]
        [InlineData("customerIdentityNumber", "\"2208162517\"", "INVALID_REGISTRATION_NUMBER_TYPE")]
        [InlineData("type", "\"지출증빙\"", "INVALID_REGISTRATION_NUMBER_TYPE")]
        public async Task An_issue_the_API_refuses_is_answered_with_its_code_and_makes_nothing(string field, string? json, string code)
        {
            var (status, body) = await PostAsync("v1/cash-receipts", Issue(field, json));

            Assert.Equal((400, code), (status, JsonAssert.Field(body, "code")));
            Assert.Empty(Sandbox.CashReceipts.All);
        }

        [Theory]
        [InlineData("소득공제", "01012345678")]
        [InlineData("소득공제", "0101234567")]
        [InlineData("소득공제", "0100001234")]
        [InlineData("소득공제", "1234567890123")]
        [InlineData("소득공제", "1234567890123456789")]
        [InlineData("지출증빙", "2208162517")]
        public async Task A_number_that_suits_the_type_is_issued(string type, string number)
        {
            var (status, body) = await PostAsync("v1/cash-receipts", Issue("type", $"\"{type}\"").Replace("01012345678", number, StringComparison.Ordinal));

            Assert.Equal(200, status);
            Assert.Equal("IN_PROGRESS", JsonAssert.Field(body, "issueStatus"));
        }

        [Fact]
        public async Task The_number_under_its_name_before_2022_07_27_is_still_taken()
        {
            var (status, _) = await PostAsync("v1/cash-receipts", Issue().Replace("customerIdentityNumber", "registrationNumber", StringComparison.Ordinal));

            Assert.Equal(200, status);
            Assert.Equal("01012345678", Sandbox.CashReceipts.All.Single().Order.CustomerIdentityNumber);
        }

        [Fact]
        public async Task A_cancel_with_no_body_cancels_all_that_is_left()
        {
            var (_, issued) = await PostAsync("v1/cash-receipts", Issue());
            var key = JsonAssert.Field(issued, "receiptKey");
            await PostAsync($"v1/cash-receipts/{key}/cancel", """{"amount":5000}""");

            var (status, body) = await PostAsync($"v1/cash-receipts/{key}/cancel", null);

            Assert.Equal(200, status);
            Assert.Equal("c_" + key, JsonAssert.Field(body, "receiptKey"));
            Assert.Equal(new[] { 15000m, 5000m, 10000m }, Sandbox.CashReceipts.All.Select(r => r.Amount));
        }

        [Theory]
        [InlineData("", "INVALID_REQUEST")]
        [InlineData("requestDate=2026-11-10T00:00:00", "INVALID_REQUEST")]
        [InlineData("requestDate=20261110", "INVALID_REQUEST")]
        [InlineData("requestDate=2026-11-10&limit=0", "INVALID_REQUEST")]
        [InlineData("requestDate=2026-11-10&limit=10001", "INVALID_REQUEST")]
        [InlineData("requestDate=2026-11-10&cursor=abc", "INVALID_PAGING_KEY")]
        [InlineData("requestDate=2026-11-10&cursor=-1", "INVALID_PAGING_KEY")]
        [InlineData("requestDate=2026-11-10&cursor=5000000001", "INVALID_PAGING_KEY")]
        public async Task A_list_query_the_API_refuses_is_answered_with_its_code(string query, string code)
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/cash-receipts?" + query, Basic(TestKey + ":"));

            Assert.Equal((400, code), (status, JsonAssert.Field(body, "code")));
        }

        [Fact]
        public async Task NTS_ERROR_is_a_test_code_of_the_issue_only()
        {
            var (issueStatus, _) = await PostAsync("v1/cash-receipts", Issue(), ("TossPayments-Test-Code", "NTS_ERROR"));
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/any-key", Basic(TestKey + ":"), null, ("TossPayments-Test-Code", "NTS_ERROR"));

            Assert.Equal(200, issueStatus);
            Assert.True(Sandbox.CashReceipts.All.Single().FailsAtNts);
            Assert.Equal((400, "INVALID_TEST_CODE"), (status, JsonAssert.Field(body, "code")));
        }
    }
}
