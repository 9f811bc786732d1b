using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class PaymentLookupTests : SandboxTest
    {
        [Fact]
        public async Task Get_by_payment_key_returns_the_payment()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var payment = await Client.Payments.GetAsync(seeded.PaymentKey);

            Assert.Equal(seeded.PaymentKey, payment.PaymentKey);
            Assert.Equal(seeded.OrderId, payment.OrderId);
            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Equal(PaymentMethod.CARD, payment.Method);
            Assert.Equal(seeded.TotalAmount, payment.TotalAmount);
        }

        [Fact]
        public async Task Get_by_order_id_returns_the_payment()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT);

            var payment = await Client.Payments.GetByOrderIdAsync(seeded.OrderId);

            Assert.Equal(seeded.PaymentKey, payment.PaymentKey);
            Assert.Equal(PaymentStatus.WAITING_FOR_DEPOSIT, payment.Status);
            Assert.Equal(PaymentMethod.VIRTUAL_ACCOUNT, payment.Method);
            Assert.StartsWith("X", payment.VirtualAccount!.AccountNumber);
        }

        [Fact]
        public async Task Unknown_payment_key_raises_not_found_with_the_API_code()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => Client.Payments.GetAsync("no-such-payment"));

            Assert.Equal("NOT_FOUND_PAYMENT", error.Code);
            Assert.Equal(404, error.StatusCode);
            Assert.Equal("GET", error.RequestMethod);
            Assert.Equal("/v1/payments/no-such-payment", error.RequestPath);
            Assert.False(string.IsNullOrEmpty(error.ApiMessage));
        }

        [Fact]
        public async Task Unknown_order_id_raises_not_found()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => Client.Payments.GetByOrderIdAsync("ORDER-999999"));

            Assert.Equal("NOT_FOUND_PAYMENT", error.Code);
        }

        [Fact]
        public async Task Ready_payment_has_no_method_and_cannot_be_canceled()
        {
            var payment = await Client.Payments.GetAsync(Seeded(p => p.Status == SandboxStatus.READY).PaymentKey);

            Assert.Null(payment.Method);
            Assert.Null(payment.ApprovedAt);
            Assert.Equal(payment.TotalAmount, payment.BalanceAmount);
            Assert.False(payment.CanBeCanceled());
        }

        [Fact]
        public async Task English_accept_language_gives_English_values_that_map_to_the_same_enums()
        {
            using var english = NewClient(configure: o => o.AcceptLanguage = "en-US");
            var key = SeededCard(SandboxStatus.DONE).PaymentKey;

            var payment = await english.Payments.GetAsync(key);

            Assert.Equal("CARD", payment.RawMethod);
            Assert.Equal(PaymentMethod.CARD, payment.Method);
            Assert.NotEqual(CardType.UNKNOWN, payment.Card!.CardType);
        }

        [Fact]
        public async Task Expired_payment_carries_its_failure_and_no_escrow_flag()
        {
            var payment = await Client.Payments.GetAsync(Seeded(p => p.Status == SandboxStatus.EXPIRED).PaymentKey);

            Assert.Equal(PaymentStatus.EXPIRED, payment.Status);
            Assert.Equal("EXPIRED_PAYMENT", payment.Failure!.Code);
            Assert.Null(payment.UseEscrow);
        }

        [Fact]
        public async Task Client_sends_a_user_agent_naming_the_library_its_version_and_the_caller()
        {
            using var client = NewClient(configure: o => o.UserAgentSuffix = "TossPayments.PowerShell/0.1.0");

            await client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey);

            var request = Assert.Single(Sandbox.Requests.Entries);
            Assert.Equal("TossPayments/0.1.0 TossPayments.PowerShell/0.1.0", request.UserAgent);
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("order=2019=01")]
        [InlineData("order.12345")]
        [InlineData("주문번호123456")]
        [InlineData("o" + "0123456789012345678901234567890123456789012345678901234567890123456789")]
        public async Task An_order_id_from_older_creation_rules_is_looked_up_not_refused(string orderId)
        {
            await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() => Client.Payments.GetByOrderIdAsync(orderId));

            Assert.Equal(1, Sandbox.Requests.Count);
        }
    }
}
