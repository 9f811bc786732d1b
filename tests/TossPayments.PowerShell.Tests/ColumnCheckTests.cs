using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// A column that would be ignored, overruled or mistaken refuses its row before anything is
    /// sent, with an error naming the column: a misspelled header never turns a partial refund
    /// into a full one.
    /// </summary>
    public sealed class ColumnCheckTests : ModuleTest
    {
        [Theory]
        [InlineData("cancelAmount ")]
        [InlineData(" cancelAmount")]
        [InlineData("cancel amount")]
        [InlineData("Cancel-Amount")]
        [InlineData("cancel__amount")]
        [InlineData("\uFEFFcancelAmount")]
        [InlineData("idempotency key")]
        [InlineData("Tax-Free-Amount")]
        [InlineData("refund bank")]
        [InlineData("cancelAmuont")]
        [InlineData("cancelAmout")]
        [InlineData("canselAmount")]
        [InlineData("taxFreeAmonut")]
        [InlineData("idempotencyKye")]
        public void A_misspelled_column_is_refused_naming_it(string column)
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), (column, "1000"));

            var result = Session.Run("$input | Stop-TossPayment -Force", [row]);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("MisspelledColumn,", error.FullyQualifiedErrorId);
            Assert.Contains($"'{column}'", error.Exception.Message);
            Assert.Same(row, error.TargetObject);
            Assert.Equal(0, PostsReceived);
            Assert.Equal(card.TotalAmount, card.BalanceAmount);
        }

        [Theory]
        [InlineData("amounts")]
        [InlineData("orderNo")]
        [InlineData("paymentKeys")]
        public void A_column_a_letter_off_a_parameter_the_row_already_gives_is_left_alone(string column)
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), ("cancelAmount", "1000"), ("orderId", card.OrderId), (column, "whatever"));

            var result = Session.Run("$input | Stop-TossPayment -Force", [row]);

            result.AssertNoErrors();
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Fact]
        public void The_rows_after_a_misspelled_one_go_on()
        {
            var cards = DoneCards(2);
            var rows = new[]
            {
                Row(("paymentKey", cards[0].PaymentKey), ("cancelReason", "x"), ("cancel amount", "1000")),
                Row(("paymentKey", cards[1].PaymentKey), ("cancelReason", "x"), ("cancelAmount", "1000")),
            };

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            Assert.Single(result.Errors);
            Assert.Equal(cards[1].PaymentKey, result.Get(0, "PaymentKey"));
            Assert.Equal(cards[0].TotalAmount, cards[0].BalanceAmount);
        }

        [Theory]
        [InlineData("amount")]
        [InlineData("refundAmount")]
        [InlineData("Refund Amount")]
        [InlineData("partialAmount")]
        public void An_amount_column_without_a_cancel_amount_column_is_refused_as_ambiguous(string column)
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), (column, "1000"));

            var result = Session.Run("$input | Stop-TossPayment -Force", [row]);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("AmbiguousColumn,", error.FullyQualifiedErrorId);
            Assert.Contains(column, error.Exception.Message);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void An_amount_column_equal_to_the_row_balance_cancels_the_whole_balance()
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), ("amount", card.TotalAmount.ToString()), ("balanceAmount", card.BalanceAmount.ToString()));

            var result = Session.Run("$input | Stop-TossPayment -Force", [row]);

            result.AssertNoErrors();
            Assert.Equal(0, card.BalanceAmount);
        }

        [Fact]
        public void An_empty_cancel_amount_column_beside_an_amount_column_asks_for_the_whole_balance()
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), ("amount", "1000"), ("cancelAmount", ""));

            var result = Session.Run("$input | Stop-TossPayment -Force", [row]);

            result.AssertNoErrors();
            Assert.Equal(0, card.BalanceAmount);
        }

        [Fact]
        public void A_column_that_the_command_line_also_gives_is_refused_rather_than_silently_overruled()
        {
            var card = DoneCards(1)[0];
            var row = Row(("paymentKey", card.PaymentKey), ("cancelReason", "x"), ("cancelAmount", "500"));

            var result = Session.Run("$input | Stop-TossPayment -CancelAmount 1000 -Force", [row]);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ConflictingColumn,", error.FullyQualifiedErrorId);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void A_list_where_one_text_goes_is_refused()
        {
            var card = DoneCards(1)[0];

            var result = Session.Run("[pscustomobject]@{ paymentKey = $key; cancelReason = 'x'; idempotencyKey = @('k-1', 'k-2') } | Stop-TossPayment -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("UnreadableColumn,", error.FullyQualifiedErrorId);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void A_piped_payment_is_not_checked_as_columns_and_cancels_as_before()
        {
            var card = DoneCards(1)[0];

            var result = Session.Run("Get-TossPayment $key | Stop-TossPayment -CancelReason x -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            result.AssertNoErrors();
            Assert.Equal(0, card.BalanceAmount);
        }

        private static System.Management.Automation.PSObject Row(params (string Name, string Value)[] columns)
        {
            var row = new System.Management.Automation.PSObject();
            foreach (var (name, value) in columns)
            {
                row.Properties.Add(new System.Management.Automation.PSNoteProperty(name, value));
            }

            return row;
        }
    }
}
