using System.Linq;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class ConfirmTests : SandboxTest
    {
        [Fact]
        public async Task Confirm_of_an_authenticated_payment_with_matching_order_and_amount_approves_it()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS && p.Method == "CARD");

            var payment = await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount));

            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Equal(PaymentMethod.CARD, payment.Method);
            Assert.NotNull(payment.ApprovedAt);
            Assert.NotNull(payment.LastTransactionKey);
            var entry = Assert.Single(Sandbox.Store.Ledger.Entries);
            Assert.Equal((ChangeKind.Confirm, seeded.PaymentKey, seeded.TotalAmount), (entry.Kind, entry.PaymentKey, entry.Amount));
        }

        [Fact]
        public async Task Confirm_of_a_virtual_account_payment_issues_the_account_and_waits_for_the_deposit()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS && p.Method == "VIRTUAL_ACCOUNT");

            var payment = await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount));

            Assert.Equal(PaymentStatus.WAITING_FOR_DEPOSIT, payment.Status);
            Assert.Null(payment.ApprovedAt);
            Assert.StartsWith("ps_", payment.Secret);
        }

        [Fact]
        public async Task Confirm_with_a_different_amount_is_refused_and_changes_nothing()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount + 100)));

            Assert.Equal(("INVALID_REQUEST", 400), (error.Code, error.StatusCode));
            Assert.Equal(SandboxStatus.IN_PROGRESS, seeded.Status);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Confirm_with_another_order_id_is_refused()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, "ORDER-OTHER", seeded.TotalAmount)));

            Assert.Equal("INVALID_REQUEST", error.Code);
        }

        [Fact]
        public async Task Second_confirm_with_a_new_key_answers_already_processed_and_asks_to_verify()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS);
            var request = new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount);
            await Client.Payments.ConfirmAsync(request);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.ConfirmAsync(request));

            Assert.Equal("ALREADY_PROCESSED_PAYMENT", error.Code);
            Assert.Equal(TossErrorClass.Verify, error.ErrorClass);
            Assert.False(error.IsOutcomeKnown);
            Assert.Single(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Confirm_of_an_expired_payment_answers_session_not_found()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.EXPIRED);

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount)));

            Assert.Equal("NOT_FOUND_PAYMENT_SESSION", error.Code);
        }

        [Fact]
        public async Task Confirm_of_a_payment_not_yet_authenticated_is_refused_with_session_not_found_and_changes_nothing()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.READY);

            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount)));

            Assert.Equal(("NOT_FOUND_PAYMENT_SESSION", 404), (error.Code, error.StatusCode));
            Assert.Equal(SandboxStatus.READY, seeded.Status);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task The_code_refusing_a_confirm_before_authentication_can_be_chosen()
        {
            await using var sandbox = await global::TossPayments.Sandbox.SandboxServer.StartAsync(new global::TossPayments.Sandbox.SandboxOptions { Seed = 3, Payments = 20, LogRequests = false, ReadyConfirmCode = "INVALID_REQUEST" });
            using var client = NewClient(configure: o => o.BaseAddress = sandbox.BaseAddress);
            var seeded = sandbox.Store.All.First(p => p.Status == SandboxStatus.READY);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount)));

            Assert.Equal(("INVALID_REQUEST", 400), (error.Code, error.StatusCode));
        }

        [Fact]
        public async Task Confirm_of_an_unknown_payment_answers_not_found()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest("no-such-payment", "ORDER-000001", 1000)));

            Assert.Equal("NOT_FOUND_PAYMENT", error.Code);
        }

        [Fact]
        public async Task Every_confirm_sends_its_own_generated_idempotency_key()
        {
            var authenticated = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.IN_PROGRESS).Take(2).ToList();

            foreach (var p in authenticated)
            {
                await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(p.PaymentKey, p.OrderId, p.TotalAmount));
            }

            var keys = Sandbox.Requests.Entries.Select(e => e.IdempotencyKey).ToList();
            Assert.All(keys, k => Assert.False(string.IsNullOrEmpty(k)));
            Assert.Equal(2, keys.Distinct().Count());
        }
    }
}
