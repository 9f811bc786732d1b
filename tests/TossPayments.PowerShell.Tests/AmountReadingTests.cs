using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// Every amount of every cmdlet is read exactly or refused: a value the binder could not
    /// convert never leaves an optional amount unset (which, for -CancelAmount, would cancel the
    /// whole balance). The refusal is InvalidAmount with the row as target, and nothing is sent.
    /// </summary>
    public sealed class AmountReadingTests : ModuleTest
    {
        public static IEnumerable<object[]> UnreadableAmounts() =>
        [
            ["[double]::NaN"], ["0.0/0.0"], ["[double]::PositiveInfinity"], ["[double]::NegativeInfinity"], ["1e30"], ["[float]::NaN"],
            ["@(1000, 2000)"], ["@(1000)"], ["$true"], ["[pscustomobject]@{ amount = 1000 }"], ["@{ amount = 1000 }"],
            ["$null"], ["$notSetAnywhere"], ["$row.noSuchColumn"], ["'1,50'"], ["'1.000,50'"], ["'1e5'"], ["'NaN'"], ["'₩1000'"], ["'1000원'"], ["'99999999999999999999999999999999'"],
        ];

        [Theory]
        [MemberData(nameof(UnreadableAmounts))]
        public void A_row_cancel_amount_that_is_no_exact_number_is_refused_and_cancels_nothing(string expression)
        {
            var card = DoneCards(1)[0];

            var result = Session.Run($"[pscustomobject]@{{ paymentKey = $key; cancelReason = 'x'; cancelAmount = {expression} }} | Stop-TossPayment -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            AssertRefusedAsInvalidAmount(result);
            Assert.Equal(card.TotalAmount, card.BalanceAmount);
        }

        [Theory]
        [MemberData(nameof(UnreadableAmounts))]
        public void A_command_line_cancel_amount_that_is_no_exact_number_is_refused_and_cancels_nothing(string expression)
        {
            var card = DoneCards(1)[0];

            var result = Session.Run($"Stop-TossPayment -PaymentKey $key -CancelReason x -CancelAmount ({expression}) -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            AssertRefusedAsInvalidAmount(result);
            Assert.Equal(card.TotalAmount, card.BalanceAmount);
        }

        [Theory]
        [InlineData("taxFreeAmount")]
        [InlineData("balanceAmount")]
        public void The_other_amounts_of_a_cancel_row_are_read_the_same_way(string column)
        {
            var card = DoneCards(1)[0];

            var result = Session.Run($"[pscustomobject]@{{ paymentKey = $key; cancelReason = 'x'; cancelAmount = 1000; {column} = [double]::NaN }} | Stop-TossPayment -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            AssertRefusedAsInvalidAmount(result);
        }

        [Theory]
        [InlineData("[double]::NaN")]
        [InlineData("1e30")]
        [InlineData("@(1000, 2000)")]
        [InlineData("''")]
        public void A_confirm_amount_that_is_no_exact_number_is_refused(string expression)
        {
            var authenticated = Sandbox.Store.All.First(p => p.Status == SandboxStatus.IN_PROGRESS);

            var result = Session.Run($"[pscustomobject]@{{ paymentKey = $key; orderId = $order; amount = {expression} }} | Confirm-TossPayment",
                variables: new Dictionary<string, object?> { ["key"] = authenticated.PaymentKey, ["order"] = authenticated.OrderId });

            AssertRefusedAsInvalidAmount(result);
            Assert.Equal(SandboxStatus.IN_PROGRESS, authenticated.Status);
        }

        [Theory]
        [InlineData("1000")]
        [InlineData("1000.0")]
        [InlineData("[decimal]1000")]
        [InlineData("[long]1000")]
        [InlineData("'1,000'")]
        [InlineData("' 1000 '")]
        [InlineData("500 * 2")]
        public void An_exact_amount_is_read_whatever_its_type(string expression)
        {
            var card = DoneCards(1)[0];

            var result = Session.Run($"[pscustomobject]@{{ paymentKey = $key; cancelReason = 'x'; cancelAmount = {expression} }} | Stop-TossPayment -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            result.AssertNoErrors();
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Fact]
        public void A_computed_amount_with_a_binary_fraction_is_refused_rather_than_rounded()
        {
            var card = DoneCards(1)[0];

            var result = Session.Run("[pscustomobject]@{ paymentKey = $key; cancelReason = 'x'; cancelAmount = (0.1 + 0.2) * 10000 } | Stop-TossPayment -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            AssertRefusedAsInvalidAmount(result);
        }

        private void AssertRefusedAsInvalidAmount(ModuleSession.Result result)
        {
            Assert.Null(result.Terminating);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidAmount,", error.FullyQualifiedErrorId);
            Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(0, PostsReceived);
        }
    }
}
