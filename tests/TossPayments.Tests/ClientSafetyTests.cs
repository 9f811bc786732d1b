using System;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    /// <summary>The client's own money-safety rules, for C# callers as much as for the module.</summary>
    public sealed class ClientSafetyTests : SandboxTest
    {
        [Fact]
        public async Task A_cancel_answered_429_after_an_unanswered_attempt_has_an_unknown_outcome_and_names_its_key()
        {
            Sandbox.Faults.LostResponseRate = 0.5;
            Sandbox.Faults.RateLimitRate = 0.5;
            Sandbox.Faults.RetryAfterSeconds = 0;
            using var client = NewClient(configure: o => { o.MaxRetries = 1; o.RetryBaseDelay = TimeSpan.Zero; });
            var cards = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel).Take(20).ToList();

            var seen = 0;
            foreach (var card in cards)
            {
                var key = "client-unknown-" + card.OrderId;
                var error = await Record.ExceptionAsync(() => client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("r") { CancelAmount = 1000 }, new TossRequestOptions { IdempotencyKey = key }));
                if (error is TossPaymentsApiException { StatusCode: 429 } limited && card.Cancels.Count > 0)
                {
                    seen++;
                    Assert.True(limited.EarlierAttemptUnanswered);
                    Assert.False(limited.IsOutcomeKnown);
                    Assert.Contains(key, limited.Message);
                }
            }

            Assert.True(seen > 0, "no cancel was lost and then answered 429");
        }

        [Fact]
        public async Task A_replayed_answer_for_another_amount_throws_a_mismatch_instead_of_returning_it()
        {
            var card = SeededCard(SandboxStatus.DONE);
            await Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("a") { CancelAmount = 1000 }, new TossRequestOptions { IdempotencyKey = "client-reused" });

            var error = await Assert.ThrowsAsync<TossPaymentsAnswerMismatchException>(() =>
                Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("b") { CancelAmount = 3000 }, new TossRequestOptions { IdempotencyKey = "client-reused" }));

            Assert.Equal("client-reused", error.IdempotencyKey);
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Theory]
        [InlineData(".")]
        [InlineData("..")]
        public async Task A_payment_key_of_dots_is_refused_before_sending(string key)
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Payments.GetAsync(key));

            Assert.Equal("InvalidPaymentKey", error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Theory]
        [InlineData("취소-0001")]
        [InlineData("é")]
        [InlineData("a b")]
        public async Task An_idempotency_key_that_is_not_printable_ascii_is_refused_before_sending(string key)
        {
            var card = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("r"), new TossRequestOptions { IdempotencyKey = key }));

            Assert.Equal("InvalidIdempotencyKey", error.ErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task A_redirect_is_reported_not_followed()
        {
            var card = SeededCard(SandboxStatus.DONE);
            await using var redirector = await LoopbackServer.StartAsync(context =>
            {
                context.Response.StatusCode = 307;
                context.Response.Headers.Location = new Uri(Sandbox.BaseAddress, $"v1/payments/{card.PaymentKey}/cancel").ToString();
                return Task.CompletedTask;
            });
            using var client = NewClient(configure: o => o.BaseAddress = redirector.BaseAddress);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("r")));

            Assert.Equal(307, error.StatusCode);
            Assert.Equal("TossPaymentsRedirectNotFollowed", error.Code);
            Assert.Equal(0, Sandbox.Requests.Count);
        }
    }
}
