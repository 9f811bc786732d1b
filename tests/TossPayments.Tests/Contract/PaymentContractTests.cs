using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests.Contract
{
    /// <summary>
    /// A DONE card payment as the API shows it, and the changes it refuses: nothing here changes the
    /// payment, so any DONE card payment of a test account will do (TOSSPAYMENTS_CONTRACT_PAYMENT_KEY).
    /// </summary>
    [Trait("Category", "Contract")]
    public sealed class PaymentContractTests
    {
        [Theory, OnSandbox, OnTestApi(ContractNeeds.Payment)]
        public async Task A_payment_parses_with_every_field_typed_and_writes_back_as_sent(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);

            var (status, body) = await api.SendRawAsync(HttpMethod.Get, "v1/payments/" + api.PaymentKey, api.Authorization);

            Assert.Equal(200, status);
            var payment = TossJson.DeserializePayment(body);
            ModelAssert.EveryFieldTyped(payment);
            JsonAssert.Equivalent(body, payment.ToJson());
        }

        [Theory, OnSandbox, OnTestApi(ContractNeeds.Payment)]
        public async Task A_payment_looked_up_by_its_order_id_is_the_same_payment(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();
            var byKey = await client.Payments.GetAsync(api.PaymentKey);

            var byOrder = await client.Payments.GetByOrderIdAsync(byKey.OrderId);

            JsonAssert.Equivalent(byKey.ToJson(), byOrder.ToJson());
        }

        [Theory, OnSandbox, OnTestApi(ContractNeeds.Payment)]
        public async Task Confirming_a_done_payment_again_is_400_ALREADY_PROCESSED_PAYMENT(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();
            var payment = await client.Payments.GetAsync(api.PaymentKey);

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                client.Payments.ConfirmAsync(new ConfirmPaymentRequest(payment.PaymentKey, payment.OrderId, payment.TotalAmount)));

            Assert.Equal((400, "ALREADY_PROCESSED_PAYMENT"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi(ContractNeeds.Payment)]
        public async Task Canceling_more_than_the_balance_is_403_NOT_CANCELABLE_AMOUNT_and_changes_nothing(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();
            var before = await client.Payments.GetAsync(api.PaymentKey);

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                client.Payments.CancelAsync(before.PaymentKey, new CancelPaymentRequest("contract") { CancelAmount = before.BalanceAmount + 1000 }));

            Assert.Equal((403, "NOT_CANCELABLE_AMOUNT"), (error.StatusCode, error.Code));
            JsonAssert.Equivalent(before.ToJson(), (await client.Payments.GetAsync(before.PaymentKey)).ToJson());
        }
    }
}
