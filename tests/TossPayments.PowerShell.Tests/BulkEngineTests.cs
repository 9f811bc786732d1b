using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>The bulk engine: bounded in-flight window, input order, one payment at a time, AIMD on 429, progress.</summary>
    public sealed class BulkEngineTests : ModuleTest
    {
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 13, Payments = 400, LogRequests = false, OneCancelPerSecond = true,
            Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(30), Jitter = TimeSpan.FromMilliseconds(40) },
        };

        protected override string ConnectParameters => "-MaximumRetryCount 3 -RetryIntervalSec 0.001";

        [Theory]
        [InlineData(1)]
        [InlineData(4)]
        [InlineData(16)]
        public void No_more_than_the_throttle_limit_is_in_flight_and_output_keeps_input_order(int throttle)
        {
            var cards = DoneCards(40);

            var result = Session.Run($"$input | Get-TossPayment -ThrottleLimit {throttle}", cards.Select(c => (object)c.PaymentKey));

            result.AssertNoErrors();
            Assert.Equal(cards.Select(c => c.PaymentKey), result.Output.Select(p => (string)p.Properties["PaymentKey"].Value));
            // Every call takes 30-70 ms and 40 rows are waiting, so the window fills: at least three quarters of it, never more.
            Assert.InRange(Sandbox.Requests.PeakInFlight, Math.Max(1, throttle * 3 / 4), throttle);
        }

        [Fact]
        public void Errors_keep_their_place_among_the_results()
        {
            var cards = DoneCards(6);
            var keys = new object[] { cards[0].PaymentKey, "missing-1", cards[1].PaymentKey, "bad key", cards[2].PaymentKey };

            var result = Session.Run("""
                $input | Get-TossPayment -ThrottleLimit 8 2>&1 | ForEach-Object {
                    if ($_ -is [System.Management.Automation.ErrorRecord]) { 'error: ' + $_.TargetObject } else { $_.PaymentKey }
                }
                """, keys);

            Assert.Equal(
                new[] { cards[0].PaymentKey, "error: missing-1", cards[1].PaymentKey, "error: bad key", cards[2].PaymentKey },
                result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Cancels_of_the_same_payment_never_overlap_and_respect_one_per_second()
        {
            var card = DoneCards(1)[0];
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount\n" + string.Join("\n", Enumerable.Range(1, 3).Select(i => $"{card.PaymentKey},part {i},1000")));

            var result = Session.Run("$input | Stop-TossPayment -Force -ThrottleLimit 8", rows);

            result.AssertNoErrors();
            Assert.Equal(3, card.Cancels.Count);
            Assert.DoesNotContain(Sandbox.Requests.Entries, e => e.Status == 403);
            Assert.Equal(new[] { "part 1", "part 2", "part 3" }, card.Cancels.Select(c => c.CancelReason));
        }

        [Fact]
        public void Rate_limits_halve_the_window()
        {
            Sandbox.Faults.RateLimitRate = 0.5;
            Sandbox.Faults.RetryAfterSeconds = 0;

            var result = Session.Run("$input | Get-TossPayment -ThrottleLimit 16 -Verbose", DoneCards(60).Select(c => (object)c.PaymentKey));

            Assert.Contains("Rate limited: the in-flight window goes from 16 to 8", Session.Host.Output);
            Assert.Equal(60, result.Output.Count + result.Errors.Count);
        }

        [Fact]
        public void Long_runs_show_progress_and_end_it()
        {
            var result = Session.Run("$input | Get-TossPayment -ThrottleLimit 1 | ForEach-Object { $_.PaymentKey }", DoneCards(40).Select(c => (object)c.PaymentKey), progress: true);

            Assert.NotEmpty(result.Progress);
            Assert.All(result.Progress, p => Assert.Equal("Get-TossPayment", p.Activity));
            Assert.Matches(@"^\d+ done, \d+ failed, \d+ in flight, [\d.]+/s$", result.Progress[0].StatusDescription);
            Assert.Equal(ProgressRecordType.Completed, result.Progress[^1].RecordType);
        }

        [Fact]
        public void Progress_is_silent_when_the_preference_says_so()
        {
            var result = Session.Run("$ProgressPreference = 'SilentlyContinue'; $input | Get-TossPayment -ThrottleLimit 1", DoneCards(40).Select(c => (object)c.PaymentKey), progress: true);

            Assert.Empty(result.Progress);
        }

        [Fact]
        public void Short_runs_show_no_progress()
        {
            var result = Session.Run("$input | Get-TossPayment", DoneCards(3).Select(c => (object)c.PaymentKey), progress: true);

            Assert.Empty(result.Progress);
        }
    }
}
