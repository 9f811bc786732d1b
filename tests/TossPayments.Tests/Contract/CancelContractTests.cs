using System;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests.Contract
{
    /// <summary>
    /// Cancels that change a payment: against the test API only with a payment set aside for it
    /// (TOSSPAYMENTS_CONTRACT_CANCELABLE_PAYMENT_KEY), which loses 100 won a case.
    /// </summary>
    [Trait("Category", "Contract")]
    public sealed class CancelContractTests
    {
        private const decimal Part = 100;

        [Theory, OnSandbox, OnTestApi(ContractNeeds.CancelablePayment)]
        public async Task A_cancel_repeated_with_its_idempotency_key_is_made_once_and_answered_alike(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            await api.SettleAfterEarlierCancelsAsync();
            using var client = api.NewClient();
            var before = await client.Payments.GetAsync(api.CancelablePaymentKey);
            var once = new TossRequestOptions { IdempotencyKey = "contract-" + Guid.NewGuid().ToString("N") };

            var first = await client.Payments.CancelAsync(before.PaymentKey, new CancelPaymentRequest("contract") { CancelAmount = Part }, once);
            var repeat = await client.Payments.CancelAsync(before.PaymentKey, new CancelPaymentRequest("contract") { CancelAmount = Part }, once);

            JsonAssert.Equivalent(first.ToJson(), repeat.ToJson());
            var after = await client.Payments.GetAsync(before.PaymentKey);
            Assert.Equal((before.BalanceAmount - Part, (before.Cancels?.Count ?? 0) + 1), (after.BalanceAmount, after.Cancels?.Count ?? 0));
        }

        [Theory, OnSandbox, OnTestApi(ContractNeeds.CancelablePayment)]
        public async Task A_second_cancel_of_a_payment_within_a_second_is_403_FORBIDDEN_CONSECUTIVE_REQUEST(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            await api.SettleAfterEarlierCancelsAsync();
            var path = $"v1/payments/{api.CancelablePaymentKey}/cancel";
            var body = $$"""{"cancelReason":"contract","cancelAmount":{{Part}}}""";

            // Plain requests: the client itself waits a second between cancels of one payment.
            var (firstStatus, _) = await api.SendRawAsync(HttpMethod.Post, path, api.Authorization, body, ("Idempotency-Key", Guid.NewGuid().ToString("N")));
            var (secondStatus, secondBody) = await api.SendRawAsync(HttpMethod.Post, path, api.Authorization, body, ("Idempotency-Key", Guid.NewGuid().ToString("N")));

            Assert.Equal((200, 403, "FORBIDDEN_CONSECUTIVE_REQUEST"), (firstStatus, secondStatus, ErrorContractTests.CodeOf(secondBody)));
        }
    }
}
