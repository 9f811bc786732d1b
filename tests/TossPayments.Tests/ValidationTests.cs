using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    public sealed class ValidationTests : SandboxTest
    {
        public static IEnumerable<object[]> BadRequests()
        {
            object[] Case(string name, string errorId, Func<TossPaymentsClient, Task> call) => [name, errorId, call];
            var longKey = new string('k', 201);

            yield return Case("empty payment key", "InvalidPaymentKey", c => c.Payments.GetAsync(""));
            yield return Case("white-space payment key", "InvalidPaymentKey", c => c.Payments.GetAsync("   "));
            yield return Case("payment key with a space inside", "InvalidPaymentKey", c => c.Payments.GetAsync("abc def"));
            yield return Case("payment key over 200", "InvalidPaymentKey", c => c.Payments.GetAsync(longKey));
            yield return Case("lookup order id empty", "InvalidOrderId", c => c.Payments.GetByOrderIdAsync(""));
            yield return Case("lookup order id with a space", "InvalidOrderId", c => c.Payments.GetByOrderIdAsync("ORDER 1"));
            yield return Case("lookup order id of dots", "InvalidOrderId", c => c.Payments.GetByOrderIdAsync(".."));
            yield return Case("lookup order id with a slash", "InvalidOrderId", c => c.Payments.GetByOrderIdAsync("a/../cancel"));
            yield return Case("confirm order id under 6", "InvalidOrderId", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "abc", 1000)));
            yield return Case("confirm order id with a dot", "InvalidOrderId", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "order.12345", 1000)));
            yield return Case("confirm amount zero", "InvalidAmount", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "ORDER-000001", 0)));
            yield return Case("confirm amount negative", "InvalidAmount", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "ORDER-000001", -10)));
            yield return Case("confirm amount with three decimals", "InvalidAmount", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "ORDER-000001", 10.005m)));
            yield return Case("confirm with a bad order id", "InvalidOrderId", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "bad id!", 1000)));
            yield return Case("cancel reason missing", "InvalidCancelReason", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("")));
            yield return Case("cancel reason white space", "InvalidCancelReason", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("  ")));
            yield return Case("cancel reason over 200", "InvalidCancelReason", c => c.Payments.CancelAsync("key", new CancelPaymentRequest(new string('r', 201))));
            yield return Case("cancel amount zero", "InvalidAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { CancelAmount = 0 }));
            yield return Case("tax-free over the cancel amount", "InvalidTaxFreeAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { CancelAmount = 100, TaxFreeAmount = 101 }));
            yield return Case("negative tax-free", "InvalidTaxFreeAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { TaxFreeAmount = -1 }));
            yield return Case("currency the API does not take", "InvalidCurrency", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { Currency = "EUR" }));
            yield return Case("currency in lower case", "InvalidCurrency", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { Currency = "usd" }));
            yield return Case("refund account number with dashes", "InvalidRefundAccount",
                c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { RefundReceiveAccount = new RefundReceiveAccount("88", "123-456", "김토스") }));
            yield return Case("refund account number over 20", "InvalidRefundAccount",
                c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { RefundReceiveAccount = new RefundReceiveAccount("88", new string('1', 21), "김토스") }));
            yield return Case("refund bank empty", "InvalidRefundAccount",
                c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { RefundReceiveAccount = new RefundReceiveAccount("", "123456", "김토스") }));
            yield return Case("refund holder over 60", "InvalidRefundAccount",
                c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { RefundReceiveAccount = new RefundReceiveAccount("88", "123456", new string('h', 61)) }));
            yield return Case("cancel of a fraction of a won", "InvalidAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { CancelAmount = 10.5m }));
            yield return Case("cancel of a fraction of a yen", "InvalidAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { CancelAmount = 10.5m, Currency = "JPY" }));
            yield return Case("tax-free fraction of a won", "InvalidAmount", c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r") { CancelAmount = 100, TaxFreeAmount = 0.5m }));
            yield return Case("confirm of a fraction of a won", "InvalidAmount", c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "ORDER-000001", 10.5m)));
            yield return Case("confirm in a currency the API does not take", "InvalidCurrency",
                c => c.Payments.ConfirmAsync(new ConfirmPaymentRequest("key", "ORDER-000001", 1000) { Currency = "EUR" }));
            yield return Case("empty idempotency key", "InvalidIdempotencyKey",
                c => c.Payments.CancelAsync("key", new CancelPaymentRequest("r"), new TossRequestOptions { IdempotencyKey = "" }));
        }

        [Fact]
        public void Only_a_USD_amount_may_carry_cents()
        {
            new CancelPaymentRequest("r") { CancelAmount = 10.5m, TaxFreeAmount = 0.5m, Currency = "USD" }.Validate("key");
            new ConfirmPaymentRequest("key", "ORDER-000001", 10.5m) { Currency = "USD" }.Validate();

            Assert.Throws<TossPaymentsValidationException>(() => new ConfirmPaymentRequest("key", "ORDER-000001", 10.5m).Validate());
        }

        [Theory]
        [MemberData(nameof(BadRequests))]
        public async Task Bad_value_is_refused_with_a_specific_error_before_any_request(string name, string errorId, Func<TossPaymentsClient, Task> call)
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => call(Client));

            Assert.True(errorId == error.ErrorId, $"{name}: expected {errorId}, got {error.ErrorId} ({error.Message})");
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public void Validation_error_names_the_value_and_the_rule()
        {
            var error = Assert.Throws<TossPaymentsValidationException>(() => Validation.RequestValidator.OrderId("abc"));

            Assert.Equal("orderId", error.ParameterName);
            Assert.Contains("'abc'", error.Message);
            Assert.Contains("6 to 64", error.Message);
        }
    }
}
