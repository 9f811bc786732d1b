using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// An idempotency key is one operation: reusing it for another operation within a run is
    /// refused before sending, and an answer replayed for another operation is an error, never a
    /// success. Keys are printable ASCII.
    /// </summary>
    public sealed class IdempotencyKeyTests : ModuleTest
    {
        [Fact]
        public void A_command_line_key_given_to_several_confirms_is_refused_from_the_second_row()
        {
            var authenticated = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.IN_PROGRESS).Take(2).ToArray();
            var rows = CsvRows.Parse("paymentKey,orderId,amount\n" + string.Join("\n", authenticated.Select(p => $"{p.PaymentKey},{p.OrderId},{p.TotalAmount}")));

            var result = Session.Run("$input | Confirm-TossPayment -IdempotencyKey batch-1", rows);

            Assert.Equal(authenticated[0].PaymentKey, Assert.Single(result.Output).Properties["PaymentKey"].Value);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("IdempotencyKeyReused,", error.FullyQualifiedErrorId);
            Assert.Same(rows[1], error.TargetObject);
            Assert.Equal(SandboxStatus.IN_PROGRESS, authenticated[1].Status);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Two_rows_sharing_a_key_on_one_payment_apply_only_the_first_and_refuse_the_second()
        {
            var card = DoneCards(1)[0];
            var rows = CsvRows.Parse($"paymentKey,cancelReason,cancelAmount,idempotencyKey\n{card.PaymentKey},a,1000,same-key\n{card.PaymentKey},b,2000,same-key");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            Assert.Single(result.Output);
            Assert.StartsWith("IdempotencyKeyReused,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Fact]
        public void A_replayed_cancel_answer_that_does_not_show_the_asked_amount_is_an_error_not_a_success()
        {
            var card = DoneCards(1)[0];
            Session.Run("Stop-TossPayment $key -CancelReason a -CancelAmount 1000 -IdempotencyKey reused-key -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey }).AssertNoErrors();

            var result = Session.Run("Stop-TossPayment $key -CancelReason b -CancelAmount 2000 -IdempotencyKey reused-key -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.StartsWith("IdempotencyKeyMismatch,", error.FullyQualifiedErrorId);
            Assert.Contains("reused-key", error.ErrorDetails.RecommendedAction);
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Fact]
        public void A_replayed_confirm_answer_for_another_payment_is_an_error_not_a_success()
        {
            var authenticated = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.IN_PROGRESS).Take(2).ToArray();
            Session.Run($"Confirm-TossPayment {authenticated[0].PaymentKey} {authenticated[0].OrderId} {authenticated[0].TotalAmount} -IdempotencyKey batch-1").AssertNoErrors();

            var result = Session.Run($"Confirm-TossPayment {authenticated[1].PaymentKey} {authenticated[1].OrderId} {authenticated[1].TotalAmount} -IdempotencyKey batch-1");

            Assert.Empty(result.Output);
            Assert.StartsWith("IdempotencyKeyMismatch,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(SandboxStatus.IN_PROGRESS, authenticated[1].Status);
        }

        [Theory]
        [InlineData("취소-0001")]
        [InlineData("key with space")]
        [InlineData("tab\tkey")]
        [InlineData("ключ")]
        public void A_key_that_is_not_printable_ascii_is_refused_before_sending(string key)
        {
            var card = DoneCards(1)[0];

            var result = Session.Run("Stop-TossPayment $key -CancelReason x -IdempotencyKey $idempotencyKey -Force",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey, ["idempotencyKey"] = key });

            Assert.StartsWith("InvalidIdempotencyKey,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, Sandbox.Requests.Count);
        }
    }
}
