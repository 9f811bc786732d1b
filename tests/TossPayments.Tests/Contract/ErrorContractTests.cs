using System;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests.Contract
{
    /// <summary>
    /// Refusals every account can provoke with nothing but its test key: the same cases, unchanged,
    /// against the sandbox and (given TOSSPAYMENTS_CONTRACT_SECRET_KEY) the real test API.
    /// </summary>
    [Trait("Category", "Contract")]
    public sealed class ErrorContractTests
    {
        private const string UnknownPaymentKey = "tgen_contract_no_such_payment_0001";
        private const string UnknownOrderId = "contract-no-such-order-0001";

        [Theory, OnSandbox, OnTestApi]
        public async Task A_key_the_account_does_not_own_is_401_UNAUTHORIZED_KEY(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient("test_sk_contractNotAnAccountKey0000000");

            var error = await Assert.ThrowsAsync<TossPaymentsAuthenticationException>(() => client.Payments.GetAsync(UnknownPaymentKey));

            Assert.Equal((401, "UNAUTHORIZED_KEY"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task Basic_auth_without_the_colon_is_INCORRECT_BASIC_AUTH_FORMAT(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);

            var (status, body) = await api.SendRawAsync(HttpMethod.Get, "v1/payments/" + UnknownPaymentKey, RawHttp.Basic(api.SecretKey));

            // The docs list it as 403 in their tables; one copy says 400 and a client comment 401.
            Assert.Equal("INCORRECT_BASIC_AUTH_FORMAT", CodeOf(body));
            Assert.Equal(403, status);
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task An_unknown_payment_key_is_404_NOT_FOUND_PAYMENT(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => client.Payments.GetAsync(UnknownPaymentKey));

            Assert.Equal((404, "NOT_FOUND_PAYMENT"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task An_unknown_order_id_is_404_NOT_FOUND_PAYMENT(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => client.Payments.GetByOrderIdAsync(UnknownOrderId));

            Assert.Equal((404, "NOT_FOUND_PAYMENT"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task Canceling_an_unknown_payment_is_404_NOT_FOUND_PAYMENT(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                client.Payments.CancelAsync(UnknownPaymentKey, new CancelPaymentRequest("contract")));

            Assert.Equal((404, "NOT_FOUND_PAYMENT"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task Confirming_an_unknown_payment_is_a_404(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                client.Payments.ConfirmAsync(new ConfirmPaymentRequest(UnknownPaymentKey, UnknownOrderId, 1000)));

            // Both 404s are documented for confirm; which one an unknown key gets is not.
            Assert.Equal(404, error.StatusCode);
            Assert.Contains(error.Code, new[] { "NOT_FOUND_PAYMENT", "NOT_FOUND_PAYMENT_SESSION" });
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task An_error_answer_is_a_code_and_a_message(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);

            var (_, body) = await api.SendRawAsync(HttpMethod.Get, "v1/payments/" + UnknownPaymentKey, api.Authorization);

            Assert.Equal(new[] { "code", "message" }, JsonAssert.FieldPaths(body));
            Assert.False(string.IsNullOrWhiteSpace(MessageOf(body)));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task The_test_code_header_answers_the_named_error_before_the_payment_is_looked_for(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                client.Payments.ConfirmAsync(new ConfirmPaymentRequest(UnknownPaymentKey, UnknownOrderId, 1000), new TossRequestOptions { TestCode = "REJECT_CARD_COMPANY" }));

            Assert.Equal((403, "REJECT_CARD_COMPANY"), (error.StatusCode, error.Code));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task An_unknown_test_code_is_400_INVALID_TEST_CODE(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);

            var (status, body) = await api.SendRawAsync(HttpMethod.Get, "v1/payments/" + UnknownPaymentKey, api.Authorization, null,
                ("TossPayments-Test-Code", "NO_SUCH_CONTRACT_CODE"));

            Assert.Equal((400, "INVALID_TEST_CODE"), (status, CodeOf(body)));
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task An_idempotency_key_over_300_characters_is_400_INVALID_IDEMPOTENCY_KEY(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);

            var (status, body) = await api.SendRawAsync(HttpMethod.Post, $"v1/payments/{UnknownPaymentKey}/cancel", api.Authorization,
                """{"cancelReason":"contract"}""", ("Idempotency-Key", new string('k', 301)));

            Assert.Equal((400, "INVALID_IDEMPOTENCY_KEY"), (status, CodeOf(body)));
        }

        internal static string? CodeOf(string body) => JsonAssert.Field(body, "code");

        private static string? MessageOf(string body) => JsonAssert.Field(body, "message");
    }
}
