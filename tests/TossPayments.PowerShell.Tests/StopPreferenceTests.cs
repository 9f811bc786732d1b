using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// <c>$ErrorActionPreference = 'Stop'</c> (the first line of most scripts) costs no
    /// concurrency: lookups run as usual; changes stop starting calls at the first failure, let the
    /// ones in flight finish, write every applied result, then stop with the first error. And two
    /// changes of one payment are a second apart whatever the throttle.
    /// </summary>
    public sealed class StopPreferenceTests : ModuleTest
    {
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 41,
            Payments = 200,
            LogRequests = false,
            OneCancelPerSecond = true,
            Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(150) },
        };

        [Fact]
        public void Lookups_under_the_stop_preference_keep_their_concurrency()
        {
            var keys = Sandbox.Store.All.Take(16).Select(p => p.PaymentKey).ToArray();

            var result = Session.Run("$ErrorActionPreference = 'Stop'; $keys | Get-TossPayment -ThrottleLimit 8",
                variables: new Dictionary<string, object?> { ["keys"] = keys });

            result.AssertNoErrors();
            Assert.Equal(keys, result.Output.Select(p => (string)p.Properties["PaymentKey"].Value));
            Assert.True(Sandbox.Requests.PeakInFlight >= 4, $"peak in flight {Sandbox.Requests.PeakInFlight}");
        }

        [Fact]
        public void Cancels_under_the_stop_preference_keep_their_concurrency()
        {
            var cards = DoneCards(8);
            var rows = CsvRows.Parse("paymentKey,cancelReason\n" + string.Join("\n", cards.Select(c => $"{c.PaymentKey},x")));

            var result = Session.Run("$ErrorActionPreference = 'Stop'; $input | Stop-TossPayment -Force -ThrottleLimit 8", rows);

            result.AssertNoErrors();
            Assert.Equal(8, result.Output.Count);
            Assert.True(Sandbox.Requests.PeakInFlight >= 4, $"peak in flight {Sandbox.Requests.PeakInFlight}");
        }

        [Fact]
        public void A_failed_cancel_under_stop_starts_nothing_more_and_every_applied_cancel_is_written_before_the_error()
        {
            var cards = DoneCards(12);
            var keys = cards.Select(c => c.PaymentKey).ToList();
            keys.Insert(2, "no-such-payment");
            var rows = CsvRows.Parse("paymentKey,cancelReason\n" + string.Join("\n", keys.Select(k => $"{k},x")));

            var result = Session.Run("$input | Stop-TossPayment -Force -ThrottleLimit 4 -ErrorAction Stop", rows);

            Assert.StartsWith("NOT_FOUND_PAYMENT,", result.Terminating!.ErrorRecord.FullyQualifiedErrorId);
            var applied = Sandbox.Store.Ledger.Entries.Select(e => e.PaymentKey).ToHashSet();
            var written = result.Output.Select(p => (string)p.Properties["PaymentKey"].Value).ToHashSet();
            Assert.Equal(applied, written);
            Assert.True(PostsReceived <= 2 + 4, $"{PostsReceived} cancels were sent; the window was 4 and the third row failed");
            Assert.Contains(cards[0].PaymentKey, written);
            Assert.Contains(cards[1].PaymentKey, written);
        }

        [Fact]
        public void A_row_refused_before_sending_under_stop_starts_no_later_row()
        {
            var cards = DoneCards(6);
            var rows = CsvRows.Parse($"paymentKey,cancelReason,cancelAmount\n{cards[0].PaymentKey},x,\n{cards[1].PaymentKey},x,lots\n" +
                string.Join("\n", cards.Skip(2).Select(c => $"{c.PaymentKey},x,")));

            var result = Session.Run("$ErrorActionPreference = 'Stop'; $input | Stop-TossPayment -Force -ThrottleLimit 4", rows);

            Assert.StartsWith("InvalidAmount,", result.Terminating!.ErrorRecord.FullyQualifiedErrorId);
            Assert.Equal(1, PostsReceived);
            Assert.Equal(cards[0].PaymentKey, Assert.Single(result.Output).Properties["PaymentKey"].Value);
        }

        [Fact]
        public void A_failure_of_another_row_in_flight_when_a_run_stops_is_written_as_a_warning_with_its_key()
        {
            var cards = DoneCards(3);
            var rows = CsvRows.Parse($"paymentKey,cancelReason\nno-such-payment-1,x\nno-such-payment-2,x\n{cards[0].PaymentKey},x");

            var result = Session.Run("$input | Stop-TossPayment -Force -ThrottleLimit 4 -ErrorAction Stop", rows);

            Assert.StartsWith("NOT_FOUND_PAYMENT,", result.Terminating!.ErrorRecord.FullyQualifiedErrorId);
            Assert.Contains("no-such-payment-1", result.Terminating.ErrorRecord.Exception.Message);
            Assert.Contains(result.Warnings, w => w.Contains("no-such-payment-2", StringComparison.Ordinal) && w.Contains("NOT_FOUND_PAYMENT", StringComparison.Ordinal));
        }

        [Fact]
        public void Two_cancels_of_one_payment_one_at_a_time_under_stop_are_a_second_apart_and_both_apply()
        {
            var card = DoneCards(1)[0];
            Session.Connect(Sandbox.BaseAddress, parameters: "-MaximumRetryCount 0");
            var rows = CsvRows.Parse($"paymentKey,cancelReason,cancelAmount\n{card.PaymentKey},a,1000\n{card.PaymentKey},b,1000");

            var result = Session.Run("$input | Stop-TossPayment -Force -ThrottleLimit 1 -ErrorAction Stop", rows);

            result.AssertNoErrors();
            Assert.Equal(card.TotalAmount - 2000, card.BalanceAmount);
        }
    }
}
