using System;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    /// <summary>What time does in the sandbox, on its clock: expiry, due dates and refund payouts.</summary>
    public sealed class SandboxClockTests : SandboxTest
    {
        private Task<(int Status, string Body)> MoveClockAsync(string json) => SendRawAsync(HttpMethod.Post, "sandbox/clock", null, json);

        private Task<(int Status, string Body)> DepositAsync(string paymentKey) =>
            SendRawAsync(HttpMethod.Post, $"sandbox/virtual-accounts/{paymentKey}/deposit", null);

        [Fact]
        public async Task A_payment_not_yet_authenticated_expires_30_minutes_after_the_sandbox_started()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.READY);

            Sandbox.Clock.Advance(TimeSpan.FromMinutes(29));
            var before = await Client.Payments.GetAsync(seeded.PaymentKey);
            Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
            var after = await Client.Payments.GetAsync(seeded.PaymentKey);

            Assert.Equal(PaymentStatus.READY, before.Status);
            Assert.Equal((PaymentStatus.EXPIRED, "EXPIRED_PAYMENT"), (after.Status, after.Failure?.Code));
        }

        [Fact]
        public async Task An_authenticated_payment_not_confirmed_within_10_minutes_expires_and_its_confirm_finds_no_session()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS);

            Sandbox.Clock.Advance(TimeSpan.FromMinutes(10));
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount)));

            Assert.Equal("NOT_FOUND_PAYMENT_SESSION", error.Code);
            Assert.Equal(PaymentStatus.EXPIRED, (await Client.Payments.GetAsync(seeded.PaymentKey)).Status);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task A_confirmed_payment_does_not_expire()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.IN_PROGRESS && p.Method == "CARD");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(seeded.PaymentKey, seeded.OrderId, seeded.TotalAmount));

            Sandbox.Clock.Advance(TimeSpan.FromDays(1));

            Assert.Equal(PaymentStatus.DONE, (await Client.Payments.GetAsync(seeded.PaymentKey)).Status);
        }

        [Fact]
        public async Task A_deposit_into_a_waiting_account_completes_the_payment()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT);

            var (status, _) = await DepositAsync(seeded.PaymentKey);

            var payment = await Client.Payments.GetAsync(seeded.PaymentKey);
            Assert.Equal(200, status);
            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.NotNull(payment.ApprovedAt);
            Assert.Equal(ChangeKind.Deposit, Assert.Single(Sandbox.Store.Ledger.Entries).Kind);
        }

        [Fact]
        public async Task An_account_past_its_due_date_is_expired_and_takes_no_deposit()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT);
            var dueDate = (await Client.Payments.GetAsync(seeded.PaymentKey)).VirtualAccount!.DueDate!.Value;

            Sandbox.Clock.Set(dueDate.AddSeconds(1));
            var (status, body) = await DepositAsync(seeded.PaymentKey);

            var payment = await Client.Payments.GetAsync(seeded.PaymentKey);
            Assert.Equal((400, true), (status, body.Contains("DUE_DATE_PASSED", StringComparison.Ordinal)));
            Assert.Equal(PaymentStatus.WAITING_FOR_DEPOSIT, payment.Status);
            Assert.True(payment.VirtualAccount!.Expired == true);
        }

        [Fact]
        public async Task A_virtual_account_refund_is_pending_until_paid_out_two_days_after_the_cancel()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("refund") { RefundReceiveAccount = new RefundReceiveAccount("88", "12345678901", "김토스") });

            Sandbox.Clock.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
            var before = await Client.Payments.GetAsync(seeded.PaymentKey);
            Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
            var after = await Client.Payments.GetAsync(seeded.PaymentKey);

            Assert.Equal(RefundStatus.PENDING, before.VirtualAccount!.RefundStatus);
            Assert.Equal(RefundStatus.COMPLETED, after.VirtualAccount!.RefundStatus);
        }

        [Fact]
        public async Task The_clock_endpoint_moves_the_sandbox_clock_forward_and_never_back()
        {
            var start = Sandbox.Clock.GetUtcNow();

            var (advanced, body) = await MoveClockAsync("""{"advanceSeconds": 600}""");
            var (back, _) = await MoveClockAsync("""{"now": "2020-01-01T00:00:00+09:00"}""");

            Assert.Equal(200, advanced);
            Assert.Contains("+09:00", body);
            Assert.InRange(Sandbox.Clock.GetUtcNow() - start, TimeSpan.FromSeconds(600), TimeSpan.FromSeconds(660));
            Assert.Equal(400, back);
        }

        [Fact]
        public async Task The_clock_can_start_at_a_given_time()
        {
            var start = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.FromHours(9));
            await using var sandbox = await global::TossPayments.Sandbox.SandboxServer.StartAsync(
                new global::TossPayments.Sandbox.SandboxOptions { Seed = 3, Payments = 20, LogRequests = false, ClockStart = start });

            Assert.InRange(sandbox.Clock.GetUtcNow() - start, TimeSpan.Zero, TimeSpan.FromMinutes(1));
        }
    }
}
