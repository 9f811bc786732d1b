using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class ErrorTests : SandboxTest
    {
        private static TossRequestOptions TestCode(string code) => new() { TestCode = code };

        [Fact]
        public async Task Test_code_forces_the_named_error_before_the_payment_is_looked_up()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.GetAsync("any-key", TestCode("REJECT_CARD_COMPANY")));

            Assert.Equal(("REJECT_CARD_COMPANY", 403, TossErrorClass.Final), (error.Code, error.StatusCode, error.ErrorClass));
        }

        [Fact]
        public async Task Unknown_test_code_is_400_invalid_test_code()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.GetAsync("any-key", TestCode("NO_SUCH_CODE")));

            Assert.Equal(("INVALID_TEST_CODE", 400), (error.Code, error.StatusCode));
        }

        [Fact]
        public async Task Authentication_codes_raise_the_authentication_error()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsAuthenticationException>(() =>
                Client.Payments.GetAsync("any-key", TestCode("INCORRECT_BASIC_AUTH_FORMAT")));

            Assert.Equal(403, error.StatusCode);
        }

        [Fact]
        public async Task Status_429_raises_the_rate_limit_error_after_the_retries()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 2);

            var error = await Assert.ThrowsAsync<TossPaymentsRateLimitException>(() => client.Payments.GetAsync("any-key", TestCode("TOO_MANY_REQUESTS")));

            Assert.Equal((429, TossErrorClass.Temporary), (error.StatusCode, error.ErrorClass));
            Assert.Equal(3, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task Server_errors_are_retried_and_then_raised_with_their_code()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 3);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync("any-key", TestCode("FAILED_INTERNAL_SYSTEM_PROCESSING")));

            Assert.Equal(("FAILED_INTERNAL_SYSTEM_PROCESSING", 500), (error.Code, error.StatusCode));
            Assert.Equal(4, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task Retried_cancel_sends_the_same_idempotency_key_every_time()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 2);

            await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                client.Payments.CancelAsync(SeededCard(SandboxStatus.DONE).PaymentKey, new CancelPaymentRequest("x"), TestCode("COMMON_ERROR")));

            var keys = Sandbox.Requests.Entries.Where(e => e.Method == "POST").ToList();
            Assert.Equal(3, keys.Count);
            Assert.All(keys, k => Assert.Equal(keys[0].IdempotencyKey, k.IdempotencyKey));
            Assert.False(string.IsNullOrEmpty(keys[0].IdempotencyKey));
        }

        [Fact]
        public async Task Final_errors_are_not_retried()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 3);

            await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => client.Payments.GetAsync("no-such-payment"));

            Assert.Equal(1, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task Server_error_on_a_cancel_leaves_the_outcome_unknown()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 0);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                client.Payments.CancelAsync(SeededCard(SandboxStatus.DONE).PaymentKey, new CancelPaymentRequest("x"), TestCode("FAILED_INTERNAL_SYSTEM_PROCESSING")));

            Assert.Equal(TossErrorClass.Verify, error.ErrorClass);
            Assert.False(error.IsOutcomeKnown);
        }

        [Fact]
        public async Task Non_JSON_error_body_gives_an_error_with_the_status_and_an_excerpt()
        {
            await using var proxy = await LoopbackServer.AnsweringAsync(502, "text/html", "<html><body>Bad gateway from the proxy</body></html>");
            using var client = NewClient(configure: o => { o.BaseAddress = proxy.BaseAddress; o.MaxRetries = 0; });

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync("any-key"));

            Assert.Equal((TossClientCodes.UnreadableError, 502), (error.Code, error.StatusCode));
            Assert.Contains("Bad gateway from the proxy", error.Message);
        }

        [Fact]
        public async Task Refused_connection_raises_a_network_error_after_the_retries()
        {
            using var client = NewClient(configure: o => { o.BaseAddress = new Uri($"http://127.0.0.1:{UnusedPort()}/"); o.MaxRetries = 1; });

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.Payments.GetAsync("any-key"));

            Assert.False(error.IsTimeout);
            Assert.True(error.IsOutcomeKnown);
        }

        [Fact]
        public async Task Answer_slower_than_the_timeout_raises_a_timeout_that_leaves_a_cancel_unknown_and_names_its_key()
        {
            await using var slow = await LoopbackServer.StartAsync(async context => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
            using var client = NewClient(configure: o => { o.BaseAddress = slow.BaseAddress; o.Timeout = TimeSpan.FromMilliseconds(200); o.MaxRetries = 1; });

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() =>
                client.Payments.CancelAsync("any-key", new CancelPaymentRequest("x"), new TossRequestOptions { IdempotencyKey = "my-key-1" }));

            Assert.True(error.IsTimeout);
            Assert.False(error.IsOutcomeKnown);
            Assert.Equal("my-key-1", error.IdempotencyKey);
            Assert.Contains("my-key-1", error.Message);
            Assert.Equal(2, slow.Requests);
        }

        [Fact]
        public async Task Caller_cancellation_stops_the_request_without_retrying()
        {
            await using var slow = await LoopbackServer.StartAsync(async context => await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
            using var client = NewClient(configure: o => { o.BaseAddress = slow.BaseAddress; o.MaxRetries = 3; });
            using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.Payments.GetAsync("any-key", cancellationToken: stop.Token));

            Assert.Equal(1, slow.Requests);
        }

        [Fact]
        public async Task Error_messages_never_contain_the_secret_key_or_its_Base64_form()
        {
            const string sentinel = "test_sk_SENTINEL0123456789abcdef";
            var base64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(sentinel + ":"));
            using var client = NewClient(sentinel);

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => client.Payments.GetAsync("no-such-payment"));

            Assert.DoesNotContain("SENTINEL0123456789", error.ToString());
            Assert.DoesNotContain(base64, error.ToString());
        }

        private static int UnusedPort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        [Fact]
        public async Task The_APIs_own_UNKNOWN_ERROR_keeps_its_code_apart_from_an_unreadable_answer()
        {
            await using var api = await LoopbackServer.AnsweringAsync(500, "application/json", """{"code":"UNKNOWN_ERROR","message":"알 수 없는 에러가 발생했습니다."}""");
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync("any-key"));

            Assert.Equal("UNKNOWN_ERROR", error.Code);
            Assert.Equal("알 수 없는 에러가 발생했습니다.", error.ApiMessage);
        }

        [Fact]
        public async Task An_unreadable_success_to_a_cancel_leaves_its_outcome_unknown()
        {
            await using var api = await LoopbackServer.AnsweringAsync(200, "text/html", "<html>ok</html>");
            using var client = NewClient(configure: o => { o.BaseAddress = api.BaseAddress; o.MaxRetries = 0; });

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.CancelAsync("any-key", new Payments.CancelPaymentRequest("r")));

            Assert.Equal(TossClientCodes.UnreadableAnswer, error.Code);
            Assert.False(error.IsOutcomeKnown);
            Assert.NotNull(error.IdempotencyKey);
        }
    }
}
