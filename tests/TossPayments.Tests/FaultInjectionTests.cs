using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Payments;
using TossPayments.Sandbox.Faults;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    /// <summary>What the client does when the sandbox misbehaves on purpose, checked against the sandbox's ledger.</summary>
    public sealed class FaultInjectionTests : SandboxTest
    {
        private readonly ConcurrentQueue<string> _log = new();

        private TossRequestOptions Logged(string? key = null) => new() { IdempotencyKey = key, Log = _log.Enqueue };

        [Fact]
        public async Task Cancel_whose_answers_are_all_lost_is_applied_once_and_reported_as_unknown_with_its_key()
        {
            Sandbox.Faults.LostResponseRate = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 2);
            var card = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() =>
                client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("x") { CancelAmount = 1000 }, Logged()));

            Assert.False(error.IsOutcomeKnown);
            Assert.Equal(3, Sandbox.Requests.Count);
            var entry = Assert.Single(Sandbox.Store.Ledger.Entries);
            Assert.Equal(error.IdempotencyKey, entry.IdempotencyKey);
            Assert.Contains(error.IdempotencyKey!, error.Message);
        }

        [Fact]
        public async Task Repeating_a_lost_cancel_with_its_key_returns_the_first_answer_and_cancels_nothing_more()
        {
            Sandbox.Faults.LostResponseRate = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 0);
            var card = SeededCard(SandboxStatus.DONE);
            var request = new CancelPaymentRequest("x") { CancelAmount = 1000 };
            var lost = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.Payments.CancelAsync(card.PaymentKey, request));
            Sandbox.Faults.LostResponseRate = 0;

            var payment = await client.Payments.CancelAsync(card.PaymentKey, request, new TossRequestOptions { IdempotencyKey = lost.IdempotencyKey });

            Assert.Single(payment.Cancels!);
            Assert.Single(Sandbox.Store.Ledger.Entries);
            Assert.Equal(card.TotalAmount - 1000, payment.BalanceAmount);
        }

        [Fact]
        public async Task Injected_server_errors_do_no_work_and_are_retried_with_the_same_key()
        {
            Sandbox.Faults.ServerErrorRate = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 2);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                client.Payments.CancelAsync(SeededCard(SandboxStatus.DONE).PaymentKey, new CancelPaymentRequest("x"), Logged("k-500")));

            Assert.Equal(("FAILED_INTERNAL_SYSTEM_PROCESSING", "k-500"), (error.Code, error.IdempotencyKey));
            Assert.Equal(3, Sandbox.Requests.Entries.Count(e => e.IdempotencyKey == "k-500"));
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Retry_After_of_an_injected_429_is_honoured_and_logged()
        {
            Sandbox.Faults.RateLimitRate = 1;
            Sandbox.Faults.RetryAfterSeconds = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 1);

            var error = await Assert.ThrowsAsync<TossPaymentsRateLimitException>(() => client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey, Logged()));

            Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
            Assert.Contains(_log, line => line.Contains("attempt 1: 429 TOO_MANY_REQUESTS", StringComparison.Ordinal) && line.Contains("retrying in 1 s", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Answer_held_past_the_timeout_is_applied_once_across_the_retries()
        {
            Sandbox.Faults.SlowResponseRate = 1;
            Sandbox.Faults.SlowResponseDelay = TimeSpan.FromSeconds(3);
            using var client = NewClient(configure: o => { o.MaxRetries = 1; o.Timeout = TimeSpan.FromMilliseconds(300); });
            var card = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() =>
                client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("x") { CancelAmount = 1000 }));

            Assert.True(error.IsTimeout);
            Assert.Single(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Two_cancels_of_one_payment_are_spaced_by_the_client_so_the_one_per_second_rule_never_refuses_them()
        {
            await using var strict = await Sandbox_with(o => o.OneCancelPerSecond = true);
            using var client = new TossPaymentsClient(new TossPaymentsClientOptions(TestKey) { BaseAddress = strict.BaseAddress, MaxRetries = 0 });
            var card = strict.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel);

            // No retries: a 403 FORBIDDEN_CONSECUTIVE_REQUEST would fail the second cancel.
            var first = client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("a") { CancelAmount = 1000 });
            var second = client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("b") { CancelAmount = 1000 });
            await first;
            var payment = await second;

            Assert.Equal(2, payment.Cancels!.Count);
            Assert.Equal(2, strict.Store.Ledger.Entries.Count);
        }

        [Fact]
        public async Task Temporary_4xx_codes_are_retried_and_final_ones_are_not()
        {
            using var client = NewClient(configure: o => o.MaxRetries = 2);

            await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync("k", new TossRequestOptions { TestCode = "PROVIDER_ERROR" }));
            var afterTemporary = Sandbox.Requests.Count;
            await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync("k", new TossRequestOptions { TestCode = "REJECT_CARD_COMPANY" }));

            Assert.Equal(3, afterTemporary);
            Assert.Equal(4, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task No_retry_starts_after_the_total_retry_duration()
        {
            Sandbox.Faults.ServerErrorRate = 1;
            using var client = NewClient(configure: o =>
            {
                o.MaxRetries = 10;

                // Waits of 0.2-0.4 s, 0.4-0.8 s, 0.8-1.6 s: two to four attempts fit in 1.5 s, even on a loaded machine.
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(400);
                o.MaxRetryDuration = TimeSpan.FromMilliseconds(1500);
            });

            await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey, Logged()));

            Assert.InRange(Sandbox.Requests.Count, 2, 4);
            Assert.EndsWith("no retries left.", _log.Last());
        }

        [Fact]
        public async Task Attempt_log_names_method_path_status_and_wait_but_never_the_key()
        {
            Sandbox.Faults.ServerErrorRate = 1;
            const string sentinel = "test_sk_SENTINELlog0123456789";
            using var client = NewClient(sentinel, o => o.MaxRetries = 1);
            var key = SeededCard(SandboxStatus.DONE).PaymentKey;

            await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.GetAsync(key, Logged()));

            Assert.Equal(2, _log.Count);
            Assert.StartsWith($"GET /v1/payments/{key} attempt 1: 500 FAILED_INTERNAL_SYSTEM_PROCESSING in ", _log.First());
            Assert.Contains("retrying in", _log.First());
            Assert.All(_log, line => Assert.DoesNotContain("SENTINEL", line));
        }

        [Fact]
        public async Task Raw_second_cancel_within_a_second_is_403_forbidden_consecutive_request_by_default()
        {
            await using var strict = await Sandbox_with(_ => { });
            var card = strict.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel);
            using var http = new HttpClient { BaseAddress = strict.BaseAddress };
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Basic(TestKey + ":"));

            using var first = await http.PostAsync($"v1/payments/{card.PaymentKey}/cancel", new StringContent("""{"cancelReason":"a","cancelAmount":100}""", System.Text.Encoding.UTF8, "application/json"));
            using var second = await http.PostAsync($"v1/payments/{card.PaymentKey}/cancel", new StringContent("""{"cancelReason":"b","cancelAmount":100}""", System.Text.Encoding.UTF8, "application/json"));

            Assert.Equal(200, (int)first.StatusCode);
            Assert.Equal(403, (int)second.StatusCode);
            Assert.Contains("FORBIDDEN_CONSECUTIVE_REQUEST", await second.Content.ReadAsStringAsync());
        }

        [Theory]
        [InlineData(null)]
        [InlineData(2)]
        public async Task An_injected_429_carries_Retry_After_only_when_asked_for(int? retryAfter)
        {
            await using var limited = await Sandbox_with(o => { o.Faults.RateLimitRate = 1; o.Faults.RetryAfterSeconds = retryAfter; });
            using var http = new HttpClient { BaseAddress = limited.BaseAddress };
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", Basic(TestKey + ":"));

            using var answer = await http.GetAsync("v1/payments/any-key");

            Assert.Equal(429, (int)answer.StatusCode);
            Assert.Contains("TOO_MANY_REQUESTS", await answer.Content.ReadAsStringAsync());
            Assert.Equal(retryAfter, (int?)answer.Headers.RetryAfter?.Delta?.TotalSeconds);
        }

        private TossPaymentsClient NewClientFor(Uri baseAddress) =>
            new(new TossPaymentsClientOptions(TestKey) { BaseAddress = baseAddress, RetryBaseDelay = TimeSpan.FromMilliseconds(5) });

        private static Task<TossPayments.Sandbox.SandboxServer> Sandbox_with(Action<TossPayments.Sandbox.SandboxOptions> configure)
        {
            var options = new TossPayments.Sandbox.SandboxOptions { Seed = 7, Payments = 40, LogRequests = false };
            configure(options);
            return TossPayments.Sandbox.SandboxServer.StartAsync(options);
        }
    }

    public sealed class FaultPlanTests
    {
        [Fact]
        public void Same_seed_gives_the_same_faults_to_the_same_attempts_whatever_the_interleaving()
        {
            var options = new FaultOptions { Seed = 3, ServerErrorRate = 0.3, LostResponseRate = 0.3 };
            var a = new FaultPlan(options);
            var b = new FaultPlan(options);

            var fromA = Enumerable.Range(0, 50).Select(i => a.Decide("POST /x k" + (i % 5))).ToList();
            var fromB = Enumerable.Range(0, 50).Select(i => 49 - i).Reverse().Select(i => b.Decide("POST /x k" + (i % 5))).ToList();

            Assert.Equal(fromA, fromB);
        }

        [Fact]
        public void Rates_split_the_requests_as_configured()
        {
            var plan = new FaultPlan(new FaultOptions { Seed = 9, ServerErrorRate = 0.1, RateLimitRate = 0.05, LostResponseRate = 0.2 });

            var decisions = Enumerable.Range(0, 20_000).Select(i => plan.Decide("GET /" + i)).ToList();

            Assert.InRange(decisions.Count(d => d.ServerError), 1_800, 2_200);
            Assert.InRange(decisions.Count(d => d.RateLimited), 850, 1_150);
            Assert.InRange(decisions.Count(d => d.LoseResponse), 3_700, 4_300);
            Assert.DoesNotContain(decisions, d => (d.ServerError ? 1 : 0) + (d.RateLimited ? 1 : 0) + (d.LoseResponse ? 1 : 0) > 1);
        }

        [Fact]
        public void Attempts_of_the_same_request_meet_independent_faults()
        {
            var plan = new FaultPlan(new FaultOptions { Seed = 5, ServerErrorRate = 0.5 });

            var allThreeFailed = Enumerable.Range(0, 20_000).Count(i => Enumerable.Range(0, 3).All(_ => plan.Decide("POST /cancel key-" + i).ServerError));

            Assert.InRange(allThreeFailed, 2_200, 2_800);
        }

        [Fact]
        public void No_faults_configured_means_none_injected()
        {
            var plan = new FaultPlan(new FaultOptions());

            Assert.All(Enumerable.Range(0, 100), i => Assert.Equal(new FaultDecision(TimeSpan.Zero, false, false, false, false), plan.Decide("GET /" + i)));
        }
    }
}
