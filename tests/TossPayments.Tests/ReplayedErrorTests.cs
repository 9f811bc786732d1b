using System;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    /// <summary>
    /// Under the sandbox's replay mode an injected 500 is answered to every repeat of its key, as
    /// the API may do. Once its retries end on the same 500, the client looks the payment up and
    /// answers with what it found.
    /// </summary>
    public sealed class ReplayedErrorTests : SandboxTest
    {
        private int Posts => Sandbox.Requests.Entries.Count(e => e.Method == "POST");

        private int Lookups => Sandbox.Requests.Entries.Count(e => e.Method == "GET");

        private TossPaymentsClient RetryingClient() => NewClient(configure: o => { o.MaxRetries = 4; o.RetryBaseDelay = TimeSpan.FromMilliseconds(1); });

        // Faults for the first and second attempts; later attempts meet only the replay.
        private TossRequestOptions Attempts(Action afterFirst, Action? afterSecond = null) => new()
        {
            Log = line =>
            {
                if (line.Contains("attempt 1:", StringComparison.Ordinal))
                {
                    afterFirst();
                }
                else if (line.Contains("attempt 2:", StringComparison.Ordinal))
                {
                    afterSecond?.Invoke();
                }
            },
        };

        // The first attempt meets a 500 before any work, which replay mode answers to every repeat.
        private Task<TossPaymentsKeyReplaysErrorException> CancelWhoseFirst500IsReplayedAsync(TossPaymentsClient client, global::TossPayments.Sandbox.Domain.SandboxPayment payment)
        {
            Sandbox.Faults.ReplayServerErrors = true;
            Sandbox.Faults.ServerErrorRate = 1;
            return Assert.ThrowsAsync<TossPaymentsKeyReplaysErrorException>(() =>
                client.Payments.CancelAsync(payment.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 }, Attempts(() => Sandbox.Faults.ServerErrorRate = 0)));
        }

        // The first attempt's change is made and its answer lost; the second meets a 500, which replay mode answers to every repeat.
        private TossRequestOptions LostThenReplayed500()
        {
            Sandbox.Faults.ReplayServerErrors = true;
            Sandbox.Faults.LostResponseRate = 1;
            return Attempts(() => (Sandbox.Faults.LostResponseRate, Sandbox.Faults.ServerErrorRate) = (0, 1), () => Sandbox.Faults.ServerErrorRate = 0);
        }

        [Fact]
        public async Task A_key_whose_retries_all_answer_500_is_looked_up_and_a_change_not_made_is_reported_as_not_made()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            using var client = RetryingClient();

            var error = await CancelWhoseFirst500IsReplayedAsync(client, seeded);

            Assert.True(error.IsOutcomeKnown);
            Assert.Equal((500, seeded.TotalAmount), (error.StatusCode, error.FoundPayment.BalanceAmount));
            Assert.Contains("not made", error.Message);
            Assert.Equal((5, 1), (Posts, Lookups));
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task After_a_replayed_500_the_change_goes_through_with_a_new_key()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            using var client = RetryingClient();
            await CancelWhoseFirst500IsReplayedAsync(client, seeded);

            var payment = await client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 });

            Assert.Equal(seeded.TotalAmount - 1000, payment.BalanceAmount);
            Assert.Single(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task A_key_that_keeps_answering_500_after_its_change_was_made_answers_with_the_looked_up_payment()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            using var client = RetryingClient();

            var payment = await client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 }, LostThenReplayed500());

            Assert.Equal(seeded.TotalAmount - 1000, payment.BalanceAmount);
            Assert.Equal(1000m, Assert.Single(payment.Cancels!).CancelAmount);
            Assert.Single(Sandbox.Store.Ledger.Entries);
            Assert.Equal((5, 1), (Posts, Lookups));
        }

        [Fact]
        public async Task A_confirm_whose_key_keeps_answering_500_after_it_was_made_answers_with_the_approved_payment()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS && p.Method == "CARD");
            using var client = RetryingClient();

            var payment = await client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount), LostThenReplayed500());

            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Single(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Without_replay_mode_a_500_is_not_kept_and_the_retry_does_the_work()
        {
            Sandbox.Faults.ServerErrorRate = 1;
            var seeded = SeededCard(SandboxStatus.DONE);
            using var client = RetryingClient();

            var payment = await client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 },
                Attempts(() => Sandbox.Faults.ServerErrorRate = 0));

            Assert.Equal(seeded.TotalAmount - 1000, payment.BalanceAmount);
            Assert.Equal((2, 0), (Posts, Lookups));
        }
    }
}
