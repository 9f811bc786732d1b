using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>-WhatIf and a "No" answer are proven by the sandbox receiving no confirm or cancel at all.</summary>
    public sealed class ShouldProcessTests : ModuleTest
    {
        private string Key => DoneCards(1)[0].PaymentKey;

        [Fact]
        public void Stop_TossPayment_asks_by_default_and_a_No_sends_nothing()
        {
            Session.Host.Answer = "No";

            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x");

            result.AssertNoErrors();
            Assert.Single(Session.Host.Prompts);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void Stop_TossPayment_asks_by_default_and_a_Yes_cancels()
        {
            Session.Host.Answer = "Yes";

            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x");

            result.AssertNoErrors();
            Assert.Single(Session.Host.Prompts);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Confirmation_names_the_payment_key_and_the_amount()
        {
            Session.Host.Answer = "No";
            var key = Key;

            Session.Run($"Stop-TossPayment {key} -CancelReason x -CancelAmount 12500");

            var (_, message) = Session.Host.Prompts.Single();
            Assert.Contains(key, message);
            Assert.Contains("12,500", message);
        }

        [Fact]
        public void Each_piped_item_is_asked_about_once()
        {
            Session.Host.Answer = "No";
            var rows = CsvRows.Parse("paymentKey,cancelReason\n" + string.Join("\n", DoneCards(3).Select(c => c.PaymentKey + ",x")));

            Session.Run("$input | Stop-TossPayment", rows);

            Assert.Equal(3, Session.Host.Prompts.Count);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void WhatIf_sends_nothing_and_asks_nothing()
        {
            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x -WhatIf");

            result.AssertNoErrors();
            Assert.Empty(Session.Host.Prompts);
            Assert.Equal(0, PostsReceived);
            Assert.Contains("What if:", Session.Host.Output);
        }

        [Fact]
        public void WhatIf_wins_over_Force()
        {
            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x -WhatIf -Force");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
            Assert.Contains("What if:", Session.Host.Output);
        }

        [Fact]
        public void WhatIfPreference_wins_over_Force()
        {
            var result = Session.Run($"$WhatIfPreference = $true; Stop-TossPayment {Key} -CancelReason x -Force");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void Force_cancels_without_asking()
        {
            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x -Force");

            result.AssertNoErrors();
            Assert.Empty(Session.Host.Prompts);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Confirm_false_cancels_without_asking()
        {
            var result = Session.Run($"Stop-TossPayment {Key} -CancelReason x -Confirm:$false");

            result.AssertNoErrors();
            Assert.Empty(Session.Host.Prompts);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Explicit_Confirm_asks_even_with_Force()
        {
            Session.Host.Answer = "No";

            Session.Run($"Stop-TossPayment {Key} -CancelReason x -Force -Confirm");

            Assert.Single(Session.Host.Prompts);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void Confirm_TossPayment_does_not_ask_by_default()
        {
            var authenticated = Sandbox.Store.All.First(p => p.Status == SandboxStatus.IN_PROGRESS);

            var result = Session.Run($"Confirm-TossPayment {authenticated.PaymentKey} {authenticated.OrderId} {authenticated.TotalAmount}");

            result.AssertNoErrors();
            Assert.Empty(Session.Host.Prompts);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Confirm_TossPayment_WhatIf_sends_nothing()
        {
            var authenticated = Sandbox.Store.All.First(p => p.Status == SandboxStatus.IN_PROGRESS);

            var result = Session.Run($"Confirm-TossPayment {authenticated.PaymentKey} {authenticated.OrderId} {authenticated.TotalAmount} -WhatIf");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void Invalid_rows_are_reported_even_under_WhatIf()
        {
            var result = Session.Run("Stop-TossPayment 'has space' -CancelReason x -WhatIf");

            Assert.Equal("InvalidPaymentKey", result.Errors.Single().FullyQualifiedErrorId.Split(',')[0]);
            Assert.Equal(0, Sandbox.Requests.Count);
        }
    }
}
