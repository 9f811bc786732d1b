using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// <c>POST /sandbox/payments</c>: a customer's checkout, so a sandbox that has run for a while
    /// still has payments to confirm.
    /// </summary>
    public sealed class SandboxCheckoutTests : SandboxTest
    {
        private Task<(int Status, string Body)> CheckoutAsync(string json) => SendRawAsync(HttpMethod.Post, "sandbox/payments", null, json);

        private async Task<Payment> CheckedOutAsync(string json)
        {
            var (status, body) = await CheckoutAsync(json);
            Assert.True(status == 200, body);
            return TossJson.DeserializePayment(body);
        }

        [Fact]
        public async Task A_checkout_makes_a_card_payment_that_waits_for_its_confirm()
        {
            var made = await CheckedOutAsync("""{"orderId":"CHECKOUT-0001","amount":15000}""");

            var confirmed = await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(made.PaymentKey, "CHECKOUT-0001", 15000));

            Assert.Equal((PaymentStatus.IN_PROGRESS, PaymentMethod.CARD), (made.Status, made.Method));
            Assert.Equal((PaymentStatus.DONE, 15000m, made.PaymentKey), (confirmed.Status, confirmed.BalanceAmount, (await Client.Payments.GetByOrderIdAsync("CHECKOUT-0001")).PaymentKey));
        }

        [Theory]
        [InlineData("""{"orderId":"DECLINE-BAD-1","amount":15000,"decline":"SOMETHING"}""")]
        [InlineData("""{"orderId":"DECLINE-BAD-2","amount":15000,"method":"VIRTUAL_ACCOUNT","decline":"REJECT_CARD_PAYMENT"}""")]
        public async Task A_decline_the_API_would_not_give_is_refused_and_makes_nothing(string json)
        {
            var (status, _) = await CheckoutAsync(json);

            Assert.Equal(400, status);
            Assert.Null(Sandbox.Store.FindByOrderId(JsonAssert.Field(json, "orderId")!));
        }

        [Fact]
        public async Task A_checkout_expires_ten_minutes_after_it_was_made_not_after_the_sandbox_started()
        {
            Sandbox.Clock.Advance(TimeSpan.FromMinutes(25));
            var made = await CheckedOutAsync("""{"orderId":"CHECKOUT-0002","amount":15000}""");

            Sandbox.Clock.Advance(TimeSpan.FromMinutes(9));
            var before = await Client.Payments.GetAsync(made.PaymentKey);
            Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
            var after = await Client.Payments.GetAsync(made.PaymentKey);

            Assert.Equal((PaymentStatus.IN_PROGRESS, PaymentStatus.EXPIRED), (before.Status, after.Status));
        }

        [Fact]
        public async Task A_checkout_the_customer_did_not_finish_is_READY_and_cannot_be_confirmed()
        {
            var made = await CheckedOutAsync("""{"orderId":"CHECKOUT-0003","amount":15000,"authenticated":false}""");

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(made.PaymentKey, "CHECKOUT-0003", 15000)));

            Assert.Equal((PaymentStatus.READY, "NOT_FOUND_PAYMENT_SESSION"), (made.Status, error.Code));
        }

        [Fact]
        public async Task A_virtual_account_checkout_confirms_to_an_account_waiting_for_its_deposit()
        {
            var made = await CheckedOutAsync("""{"orderId":"CHECKOUT-0004","amount":30000,"method":"VIRTUAL_ACCOUNT","orderName":"월 구독료"}""");

            var confirmed = await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(made.PaymentKey, "CHECKOUT-0004", 30000));

            Assert.Equal((PaymentStatus.WAITING_FOR_DEPOSIT, "월 구독료", false), (confirmed.Status, confirmed.OrderName, confirmed.VirtualAccount!.Expired));
        }

        [Fact]
        public async Task A_checkout_keeps_its_tax_free_part()
        {
            var made = await CheckedOutAsync("""{"orderId":"CHECKOUT-0005","amount":20000,"taxFreeAmount":5000,"method":"EASY_PAY"}""");

            Assert.Equal((5000m, PaymentMethod.EASY_PAY), (made.TaxFreeAmount, made.Method));
        }

        [Fact]
        public async Task A_checkout_with_an_order_id_already_used_is_400_DUPLICATED_ORDER_ID_and_makes_nothing()
        {
            var count = Sandbox.Store.All.Count;

            var (status, body) = await CheckoutAsync("""{"orderId":"ORDER-000001","amount":15000}""");

            Assert.Equal((400, "DUPLICATED_ORDER_ID"), (status, JsonAssert.Field(body, "code")));
            Assert.Equal(count, Sandbox.Store.All.Count);
        }

        [Theory]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":10.5}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":50}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006"}""")]
        [InlineData("""{"orderId":"bad id!","amount":15000}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":15000,"method":"CASH"}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":15000,"taxFreeAmount":15001}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":15000,"taxFreeAmount":-1}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":15000,"orderName":""}""")]
        [InlineData("""{"orderId":"CHECKOUT-0006","amount":"15000"}""")]
        [InlineData("not json")]
        public async Task A_checkout_that_cannot_be_read_exactly_is_400_INVALID_REQUEST_and_makes_nothing(string json)
        {
            var count = Sandbox.Store.All.Count;

            var (status, body) = await CheckoutAsync(json);

            Assert.Equal((400, "INVALID_REQUEST"), (status, JsonAssert.Field(body, "code")));
            Assert.Equal(count, Sandbox.Store.All.Count);
        }

        [Fact]
        public async Task Checkouts_made_at_once_each_get_their_own_payment()
        {
            var made = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => CheckedOutAsync($$"""{"orderId":"PARALLEL-{{i:D4}}","amount":1000}""")));

            Assert.Equal(40, made.Select(p => p.PaymentKey).Distinct().Count());
            Assert.All(made, p => Assert.Equal(p.PaymentKey, Sandbox.Store.FindByOrderId(p.OrderId)?.PaymentKey));
        }
    }
}
