using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Payments;
using TossPayments.Sandbox.Api;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class IdempotencyTests : SandboxTest
    {
        [Fact]
        public async Task Repeated_cancel_with_the_same_key_replays_the_first_answer_and_cancels_once()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            var options = new TossRequestOptions { IdempotencyKey = "cancel-" + seeded.OrderId + "-1" };
            var request = new CancelPaymentRequest("part") { CancelAmount = 1000 };

            var first = await Client.Payments.CancelAsync(seeded.PaymentKey, request, options);
            var second = await Client.Payments.CancelAsync(seeded.PaymentKey, request, options);

            Assert.Equal(first.LastTransactionKey, second.LastTransactionKey);
            Assert.Equal(first.BalanceAmount, second.BalanceAmount);
            Assert.Single(second.Cancels!);
            Assert.Single(Sandbox.Store.Ledger.Entries);
            Assert.Equal(seeded.TotalAmount - 1000, seeded.BalanceAmount);
        }

        [Fact]
        public async Task Two_equal_partial_cancels_without_keys_are_two_operations()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            var request = new CancelPaymentRequest("part") { CancelAmount = 1000 };

            await Client.Payments.CancelAsync(seeded.PaymentKey, request);
            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, request);

            Assert.Equal(2, payment.Cancels!.Count);
            Assert.Equal(2, Sandbox.Store.Ledger.Entries.Count);
        }

        [Fact]
        public async Task Same_key_on_another_payment_is_a_separate_operation()
        {
            var payments = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method == "CARD").Take(2).ToList();
            var options = new TossRequestOptions { IdempotencyKey = "shared-key" };

            foreach (var p in payments)
            {
                await Client.Payments.CancelAsync(p.PaymentKey, new CancelPaymentRequest("all"), options);
            }

            Assert.Equal(2, Sandbox.Store.Ledger.Entries.Count);
            Assert.All(payments, p => Assert.Equal(0m, p.BalanceAmount));
        }

        [Fact]
        public async Task Replayed_error_answer_is_the_first_answer()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.READY);
            var options = new TossRequestOptions { IdempotencyKey = "refused-once" };

            var first = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("x"), options));
            var second = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("x"), options));

            Assert.Equal(first.Code, second.Code);
        }

        [Fact]
        public async Task Idempotency_key_over_300_characters_is_answered_400_by_the_API()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var (status, body) = await SendRawAsync(HttpMethod.Post, $"v1/payments/{seeded.PaymentKey}/cancel", Basic(TestKey + ":"),
                """{"cancelReason":"x"}""", ("Idempotency-Key", new string('k', 301)));

            Assert.Equal(400, status);
            Assert.Contains("INVALID_IDEMPOTENCY_KEY", body);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Idempotency_key_over_300_characters_is_refused_before_sending()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("x"), new TossRequestOptions { IdempotencyKey = new string('k', 301) }));

            Assert.Equal("InvalidIdempotencyKey", error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task Repeat_while_the_first_request_is_running_answers_409_processing()
        {
            var filter = new IdempotencyFilter(TimeProvider.System);
            var firstRunning = new TaskCompletionSource<object?>();

            var first = filter.InvokeAsync(Invocation("key-1"), _ => new ValueTask<object?>(firstRunning.Task)).AsTask();
            var repeat = await filter.InvokeAsync(Invocation("key-1"), _ => throw new InvalidOperationException("The repeat must not run."));
            firstRunning.SetResult(new SandboxResponse(200, "{}"u8.ToArray()));
            await first;
            var afterwards = await filter.InvokeAsync(Invocation("key-1"), _ => throw new InvalidOperationException("The replay must not run."));

            Assert.Equal(409, Assert.IsType<SandboxResponse>(repeat).Status);
            Assert.Contains("IDEMPOTENT_REQUEST_PROCESSING", System.Text.Encoding.UTF8.GetString(((SandboxResponse)repeat!).Body));
            Assert.Equal(200, Assert.IsType<SandboxResponse>(afterwards).Status);
        }

        [Theory]
        [InlineData("FAILED_INTERNAL_SYSTEM_PROCESSING")]
        [InlineData("FORBIDDEN_CONSECUTIVE_REQUEST")]
        [InlineData("PROVIDER_ERROR")]
        public async Task Temporary_refusals_are_not_kept_so_a_retry_with_the_same_key_does_the_work(string code)
        {
            var filter = new IdempotencyFilter(TimeProvider.System);
            await filter.InvokeAsync(Invocation("key-2"), _ => new ValueTask<object?>(SandboxResponse.Error(ApiError.Of(code), english: false)));
            var ran = false;

            await filter.InvokeAsync(Invocation("key-2"), _ =>
            {
                ran = true;
                return new ValueTask<object?>(new SandboxResponse(200, "{}"u8.ToArray()));
            });

            Assert.True(ran);
        }

        private static EndpointFilterInvocationContext Invocation(string idempotencyKey)
        {
            var context = new DefaultHttpContext();
            context.Request.Method = "POST";
            context.Request.Path = "/v1/payments/confirm";
            context.Request.Headers["Idempotency-Key"] = idempotencyKey;
            context.SetApiKey(TestKey);
            return EndpointFilterInvocationContext.Create(context);
        }
    }
}
