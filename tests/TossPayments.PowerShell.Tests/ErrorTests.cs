using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    public sealed class ErrorTests : ModuleTest
    {
        [Fact]
        public void Bad_row_in_the_middle_yields_one_error_carrying_that_row_and_the_rows_after_it_are_canceled()
        {
            var cards = DoneCards(4);
            var rows = CsvRows.Parse($"""
                paymentKey,cancelReason,cancelAmount
                {cards[0].PaymentKey},a,1000
                {cards[1].PaymentKey},b,999999999
                {cards[2].PaymentKey},c,1000
                {cards[3].PaymentKey},d,
                """);

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("NOT_CANCELABLE_AMOUNT,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
            Assert.Same(rows[1], error.TargetObject);
            Assert.Equal(3, result.Output.Count);
            Assert.Equal(new[] { cards[0].PaymentKey, cards[2].PaymentKey, cards[3].PaymentKey }, result.Output.Select(p => (string)p.Properties["PaymentKey"].Value));
            Assert.Equal(new[] { cards[0].PaymentKey, cards[2].PaymentKey, cards[3].PaymentKey }.Order(), Sandbox.Store.Ledger.Entries.Select(e => e.PaymentKey).Order());
        }

        [Fact]
        public void Locally_invalid_row_gets_an_InvalidArgument_error_and_no_request()
        {
            var card = DoneCards(1)[0];
            var rows = CsvRows.Parse($"paymentKey,cancelReason\nbad key,x\n{card.PaymentKey},x");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidPaymentKey,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Same(rows[0], error.TargetObject);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Unknown_payment_is_ObjectNotFound_with_the_API_code_and_a_recommended_action()
        {
            var result = Session.Run("Get-TossPayment no-such-payment");

            var error = Assert.Single(result.Errors);
            Assert.Equal("NOT_FOUND_PAYMENT,TossPayments.PowerShell.Commands.GetTossPaymentCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
            Assert.Equal("no-such-payment", error.TargetObject);
            Assert.Contains("Get-TossPayment -OrderId", error.ErrorDetails.RecommendedAction);
            Assert.Equal("TossPaymentsNotFoundException", error.Exception.GetType().Name);
            Assert.Equal(404, PSObject.AsPSObject(error.Exception).Properties["StatusCode"].Value);
        }

        [Fact]
        public void Already_canceled_payment_is_reported_as_something_to_verify()
        {
            var canceled = Sandbox.Store.All.First(p => p.Status == SandboxStatus.CANCELED);

            var result = Session.Run($"Stop-TossPayment {canceled.PaymentKey} -CancelReason again -Force");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("ALREADY_CANCELED_PAYMENT,", error.FullyQualifiedErrorId);
            Assert.Contains("Get-TossPayment", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public async Task Refused_key_is_an_AuthenticationError()
        {
            await using var strict = await SandboxServer.StartAsync(new SandboxOptions { Payments = 20, LogRequests = false, SecretKey = "test_sk_the_only_key" });
            Session.Connect(strict.BaseAddress, "test_sk_another_key");

            var result = Session.Run("Get-TossPayment any-key");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("UNAUTHORIZED_KEY,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.AuthenticationError, error.CategoryInfo.Category);
        }

        [Fact]
        public void ErrorAction_Stop_ends_the_pipeline_at_the_first_failed_row()
        {
            var cards = DoneCards(2);
            var rows = CsvRows.Parse($"paymentKey,cancelReason\nno-such-payment,x\n{cards[0].PaymentKey},x");

            var result = Session.Run("$input | Stop-TossPayment -Force -ErrorAction Stop -ThrottleLimit 1", rows);

            Assert.NotNull(result.Terminating);
            Assert.StartsWith("NOT_FOUND_PAYMENT,", result.Terminating!.ErrorRecord.FullyQualifiedErrorId);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void ErrorVariable_collects_the_failed_rows_for_a_re_run()
        {
            var cards = DoneCards(1);
            var rows = CsvRows.Parse($"paymentKey,cancelReason\nmissing-1,x\n{cards[0].PaymentKey},x\nmissing-2,x");

            var result = Session.Run("$null = $input | Stop-TossPayment -Force -ErrorVariable failed -ErrorAction SilentlyContinue; $failed.TargetObject", rows);

            Assert.Equal(new[] { rows[0], rows[2] }, result.Output.Select(o => o));
        }
    }
}
