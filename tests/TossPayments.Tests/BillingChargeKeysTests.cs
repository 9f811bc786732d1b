using TossPayments.Payments;

namespace TossPayments.Tests
{
    /// <summary>The order id and idempotency key of a periodic charge: the same for the same customer and period, every run.</summary>
    public sealed class BillingChargeKeysTests
    {
        private const string Customer = "c2f0e6a4-9b1d-4c5e-8f3a-7d2b1e0c9a88";

        [Fact]
        public void The_order_id_is_the_period_and_a_hash_of_the_customer_key_that_does_not_show_it()
        {
            var orderId = BillingChargeKeys.OrderId(Customer, "2026-11");

            Assert.Matches("^2026-11-[0-9a-f]{20}$", orderId);
            Assert.DoesNotContain("c2f0e6a4", orderId);
        }

        [Fact]
        public void The_same_customer_and_period_give_the_same_order_id_and_others_differ()
        {
            Assert.Equal(BillingChargeKeys.OrderId(Customer, "2026-11"), BillingChargeKeys.OrderId(Customer, "2026-11"));
            Assert.NotEqual(BillingChargeKeys.OrderId(Customer, "2026-11"), BillingChargeKeys.OrderId(Customer, "2026-12"));
            Assert.NotEqual(BillingChargeKeys.OrderId(Customer, "2026-11"), BillingChargeKeys.OrderId(Customer + "x", "2026-11"));
        }

        [Fact]
        public void The_first_attempts_key_is_the_order_id_and_later_ones_are_numbered()
        {
            Assert.Equal("billing-2026-11-abc", BillingChargeKeys.IdempotencyKey("2026-11-abc"));
            Assert.Equal("billing-2026-11-abc-2", BillingChargeKeys.IdempotencyKey("2026-11-abc", 2));
        }

        [Theory]
        [InlineData("")]
        [InlineData("2026/11")]
        [InlineData("2026 11")]
        [InlineData("0123456789012345678901234567890123456789x")]
        public void A_period_that_cannot_start_an_order_id_is_refused(string period)
        {
            var refused = Assert.Throws<TossPaymentsValidationException>(() => BillingChargeKeys.OrderId(Customer, period));

            Assert.Equal("InvalidPeriod", refused.ErrorId);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(100)]
        public void An_attempt_outside_1_to_99_is_refused(int attempt)
        {
            Assert.Equal("InvalidAttempt", Assert.Throws<TossPaymentsValidationException>(() => BillingChargeKeys.IdempotencyKey("2026-11-abc", attempt)).ErrorId);
        }
    }
}
