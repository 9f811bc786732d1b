using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Sandbox.Domain;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// <c>POST /v1/virtual-accounts</c> (API notes §7): the client checks a request before sending it,
    /// and the sandbox issues the account as the API does, or refuses with the API's code and makes nothing.
    /// </summary>
    public sealed class VirtualAccountIssueTests : SandboxTest
    {
        private static IssueVirtualAccountRequest Request(string orderId = "INVOICE-0001") => new(orderId, "11월 관리비", 150000m, "김토스", "88");

        [Fact]
        public async Task An_issued_account_waits_for_its_deposit_for_168_hours_with_a_secret_to_store()
        {
            var issued = await Client.Payments.IssueVirtualAccountAsync(Request());

            Assert.Equal(PaymentStatus.WAITING_FOR_DEPOSIT, issued.Status);
            Assert.Equal(PaymentMethod.VIRTUAL_ACCOUNT, issued.Method);
            Assert.Equal(150000m, issued.TotalAmount);
            Assert.Equal("88", issued.VirtualAccount!.BankCode);
            Assert.Equal("김토스", issued.VirtualAccount.CustomerName);
            Assert.StartsWith("X", issued.VirtualAccount.AccountNumber);
            Assert.StartsWith("ps_", issued.Secret);
            Assert.Equal(Sandbox.Clock.GetUtcNow().AddHours(168), issued.VirtualAccount.DueDate!.Value, TimeSpan.FromSeconds(5));
            Assert.Equal(issued.PaymentKey, (await Client.Payments.GetByOrderIdAsync("INVOICE-0001")).PaymentKey);
        }

        [Fact]
        public async Task Valid_hours_or_a_due_date_set_when_deposits_stop()
        {
            var inADay = Request("INVOICE-0002");
            inADay.ValidHours = 24;
            var byDate = Request("INVOICE-0003");
            byDate.DueDate = Sandbox.Clock.GetUtcNow().AddDays(3);

            var first = await Client.Payments.IssueVirtualAccountAsync(inADay);
            var second = await Client.Payments.IssueVirtualAccountAsync(byDate);

            Assert.Equal(Sandbox.Clock.GetUtcNow().AddHours(24), first.VirtualAccount!.DueDate!.Value, TimeSpan.FromSeconds(5));
            Assert.Equal(byDate.DueDate.Value, second.VirtualAccount!.DueDate!.Value, TimeSpan.FromSeconds(1));
        }

        [Fact]
        public async Task A_deposit_into_an_issued_account_makes_the_payment_DONE()
        {
            var issued = await Client.Payments.IssueVirtualAccountAsync(Request("INVOICE-0004"));

            var (status, _) = await SendRawAsync(HttpMethod.Post, $"sandbox/virtual-accounts/{issued.PaymentKey}/deposit", null);

            Assert.Equal(200, status);
            Assert.Equal(PaymentStatus.DONE, (await Client.Payments.GetAsync(issued.PaymentKey)).Status);
        }

        [Fact]
        public async Task A_repeated_idempotency_key_issues_one_account()
        {
            var options = new TossRequestOptions { IdempotencyKey = "invoice-0005-issue" };

            var first = await Client.Payments.IssueVirtualAccountAsync(Request("INVOICE-0005"), options);
            var again = await Client.Payments.IssueVirtualAccountAsync(Request("INVOICE-0005"), options);

            Assert.Equal(first.VirtualAccount!.AccountNumber, again.VirtualAccount!.AccountNumber);
            Assert.Single(Sandbox.Store.All, p => p.OrderId == "INVOICE-0005");
        }

        [Theory]
        [InlineData("bank", "004")]
        [InlineData("bank", "신한")]
        [InlineData("bank", "92")]
        [InlineData("validHours", "0")]
        [InlineData("validHours", "2161")]
        [InlineData("both", "")]
        [InlineData("customerMobilePhone", "010-1234-5678")]
        [InlineData("orderName", "")]
        [InlineData("amount", "10.5")]
        [InlineData("taxFreeAmount", "200000")]
        [InlineData("orderId", "short")]
        public async Task A_value_the_API_would_refuse_is_refused_before_anything_is_sent(string field, string value)
        {
            var request = field switch
            {
                "bank" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", 150000m, "김토스", value),
                "validHours" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", 150000m, "김토스", "88") { ValidHours = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                "both" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", 150000m, "김토스", "88") { ValidHours = 24, DueDate = DateTimeOffset.Now.AddDays(1) },
                "customerMobilePhone" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", 150000m, "김토스", "88") { CustomerMobilePhone = value },
                "orderName" => new IssueVirtualAccountRequest("INVOICE-0006", value, 150000m, "김토스", "88"),
                "amount" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), "김토스", "88"),
                "taxFreeAmount" => new IssueVirtualAccountRequest("INVOICE-0006", "관리비", 150000m, "김토스", "88") { TaxFreeAmount = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                _ => new IssueVirtualAccountRequest(value, "관리비", 150000m, "김토스", "88"),
            };

            await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Payments.IssueVirtualAccountAsync(request));

            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Theory]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000,"customerName":"김토스","bank":"92"}""", "INVALID_BANK")]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000,"customerName":"김토스","bank":"88","validHours":2161}""", "EXCEED_MAX_VALID_HOURS")]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000,"customerName":"김토스","bank":"88","validHours":24,"dueDate":"2099-01-01T00:00:00"}""", "INVALID_VALID_HOURS_WITH_DUE_DATE_AND_SINGLE")]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000,"customerName":"김토스","bank":"88","dueDate":"2099-01-01T00:00:00"}""", "EXCEED_MAX_DUE_DATE")]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000.5,"customerName":"김토스","bank":"88"}""", "INVALID_REQUEST")]
        [InlineData("""{"orderId":"INVOICE-0007","orderName":"관리비","amount":150000,"bank":"88"}""", "INVALID_REQUEST")]
        public async Task The_sandbox_refuses_what_the_API_refuses_and_makes_nothing(string json, string code)
        {
            var (status, body) = await SendRawAsync(HttpMethod.Post, "v1/virtual-accounts", Basic(TestKey + ":"), json);

            Assert.Equal(400, status);
            Assert.Equal(code, JsonAssert.Field(body, "code"));
            Assert.Null(Sandbox.Store.FindByOrderId("INVOICE-0007"));
        }

        [Fact]
        public async Task An_order_id_already_used_is_DUPLICATED_ORDER_ID()
        {
            var used = Seeded(p => p.Status == SandboxStatus.DONE).OrderId;

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Payments.IssueVirtualAccountAsync(Request(used)));

            Assert.Equal("DUPLICATED_ORDER_ID", error.Code);
        }

        [Fact]
        public async Task The_due_date_is_sent_as_Korea_time_without_an_offset()
        {
            await using var api = await LoopbackServer.RecordingBodiesAsync();
            using var client = new TossPaymentsClient(new TossPaymentsClientOptions(TestKey) { BaseAddress = api.BaseAddress, MaxRetries = 0 });
            var request = Request("INVOICE-0008");
            request.DueDate = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

            await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => client.Payments.IssueVirtualAccountAsync(request));

            Assert.Equal("2026-12-01T09:00:00", JsonAssert.Field(api.LastBody!, "dueDate"));
            Assert.DoesNotContain("validHours", api.LastBody);
            Assert.Equal("88", JsonAssert.Field(api.LastBody!, "bank"));
        }
    }
}
