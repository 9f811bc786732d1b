using System.Collections.Generic;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    public sealed class PaymentHelperTests
    {
        private static Payment Make(string status, decimal total, decimal balance, params decimal[] cancels)
        {
            var payment = new Payment { PaymentKey = "k", OrderId = "order-1", RawStatus = status, TotalAmount = total, BalanceAmount = balance };
            if (cancels.Length > 0)
            {
                payment.Cancels = new List<Cancellation>();
                foreach (var amount in cancels)
                {
                    payment.Cancels.Add(new Cancellation { CancelAmount = amount, RawCancelStatus = "DONE" });
                }
            }

            return payment;
        }

        [Theory]
        [InlineData("READY")]
        [InlineData("IN_PROGRESS")]
        [InlineData("EXPIRED")]
        [InlineData("ABORTED")]
        public void Unapproved_payments_cannot_be_canceled_although_their_balance_equals_the_total(string status)
        {
            var payment = Make(status, 5000, 5000);

            Assert.False(payment.CanBeCanceled());
            Assert.Equal(0m, payment.GetCancelableAmount());
            Assert.False(payment.IsPaid());
        }

        [Theory]
        [InlineData("DONE")]
        [InlineData("WAITING_FOR_DEPOSIT")]
        public void Approved_payments_with_a_balance_can_be_canceled(string status)
        {
            var payment = Make(status, 5000, 5000);

            Assert.True(payment.CanBeCanceled());
            Assert.Equal(5000m, payment.GetCancelableAmount());
        }

        [Fact]
        public void Done_payment_is_paid_and_not_canceled()
        {
            var payment = Make("DONE", 5000, 5000);

            Assert.True(payment.IsPaid());
            Assert.False(payment.IsCanceled());
            Assert.Equal(0m, payment.GetCanceledAmount());
        }

        [Fact]
        public void Partly_canceled_payment_reports_what_is_left_and_what_was_canceled()
        {
            var payment = Make("PARTIAL_CANCELED", 5000, 3000, 1500, 500);

            Assert.True(payment.IsCanceled());
            Assert.False(payment.IsFullyCanceled());
            Assert.Equal(3000m, payment.GetCancelableAmount());
            Assert.Equal(2000m, payment.GetCanceledAmount());
        }

        [Fact]
        public void Payment_canceled_in_parts_to_zero_is_fully_canceled_although_its_status_stays_partial()
        {
            var payment = Make("PARTIAL_CANCELED", 5000, 0, 2000, 3000);

            Assert.True(payment.IsFullyCanceled());
            Assert.False(payment.CanBeCanceled());
            Assert.Equal(5000m, payment.GetCanceledAmount());
        }

        [Fact]
        public void Canceled_sample_is_fully_canceled_with_its_amount()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardCanceled));

            Assert.True(payment.IsFullyCanceled());
            Assert.False(payment.CanBeCanceled());
            Assert.Equal(1000m, payment.GetCanceledAmount());
        }

        [Fact]
        public void Aborted_asynchronous_cancels_do_not_count_as_canceled_amount()
        {
            var payment = Make("PARTIAL_CANCELED", 5000, 4000, 1000);
            payment.Cancels!.Add(new Cancellation { CancelAmount = 700, RawCancelStatus = "ABORTED" });

            Assert.Equal(1000m, payment.GetCanceledAmount());
        }
    }
}
