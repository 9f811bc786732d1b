using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;

namespace TossPayments.PowerShell.Tests
{
    public sealed class VerboseTests : ModuleTest
    {
        protected override string ConnectParameters => "-MaximumRetryCount 2 -RetryIntervalSec 0.001";

        [Fact]
        public void Verbose_shows_each_attempt_with_method_path_status_wait_and_reason()
        {
            Sandbox.Faults.ServerErrorRate = 1;
            var key = DoneCards(1)[0].PaymentKey;

            var result = Session.Run($"Stop-TossPayment {key} -CancelReason x -Force -Verbose -IdempotencyKey verbose-1");

            Assert.StartsWith("FAILED_INTERNAL_SYSTEM_PROCESSING,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            var lines = Session.Host.Output.Split('\n').Where(l => l.StartsWith("VERBOSE: POST", StringComparison.Ordinal)).ToList();
            Assert.Equal(3, lines.Count);
            Assert.StartsWith($"VERBOSE: POST /v1/payments/{key}/cancel attempt 1: 500 FAILED_INTERNAL_SYSTEM_PROCESSING in ", lines[0]);
            Assert.Contains("retrying in", lines[0]);
            Assert.Contains("with the same Idempotency-Key", lines[0]);
            Assert.Contains("no retries left", lines[2]);
        }

        [Fact]
        public void Server_error_after_the_retries_tells_how_to_finish_the_cancel_safely()
        {
            Sandbox.Faults.ServerErrorRate = 1;

            var result = Session.Run($"Stop-TossPayment {DoneCards(1)[0].PaymentKey} -CancelReason x -Force -IdempotencyKey retry-me-1");

            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            Assert.Contains("-IdempotencyKey 'retry-me-1'", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Lost_answers_after_the_retries_are_an_unknown_outcome_naming_the_key()
        {
            Sandbox.Faults.LostResponseRate = 1;
            var card = DoneCards(1)[0];

            var result = Session.Run($"Stop-TossPayment {card.PaymentKey} -CancelReason x -CancelAmount 1000 -Force");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("TossPaymentsOutcomeUnknown,", error.FullyQualifiedErrorId);
            var key = (string)PSObject.AsPSObject(error.Exception).Properties["IdempotencyKey"].Value;
            Assert.Contains($"-IdempotencyKey '{key}'", error.ErrorDetails.RecommendedAction);
            Assert.Contains("Get-TossPayment", error.ErrorDetails.RecommendedAction);
            Assert.Equal(key, Assert.Single(Sandbox.Store.Ledger.Entries).IdempotencyKey);
        }
    }

    public sealed class StopMidBulkTests : ModuleTest
    {
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 11, Payments = 200, LogRequests = false, Faults = new FaultOptions { Latency = TimeSpan.FromMilliseconds(100) },
        };

        [Fact]
        public async Task Stopping_mid_bulk_writes_every_finished_row_and_starts_no_request_afterwards()
        {
            var payments = DoneCards(40);
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount\n" + string.Join("\n", payments.Select(p => $"{p.PaymentKey},stop,1000")));
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Session.Runspace;
            shell.AddScript("$input | Stop-TossPayment -Force -ThrottleLimit 4");
            var input = new PSDataCollection<PSObject>(rows);
            input.Complete();
            var output = new PSDataCollection<PSObject>();
            using var fiveWritten = new SemaphoreSlim(0);
            output.DataAdded += (_, _) => { if (output.Count == 5) { fiveWritten.Release(); } };

            var running = shell.BeginInvoke(input, output);
            Assert.True(await fiveWritten.WaitAsync(TimeSpan.FromSeconds(30)));
            await Task.Run(shell.Stop).WaitAsync(TimeSpan.FromSeconds(30));

            // A request sent just before the stop may still be on its way over loopback; one
            // started after it would be followed by more, as rows keep coming four at a time.
            await Task.Delay(50);
            var arrivedAtStop = Sandbox.Requests.Arrivals;
            await Task.Delay(300);

            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Equal(arrivedAtStop, Sandbox.Requests.Arrivals);
            var committed = Sandbox.Store.Ledger.Entries.Select(e => e.PaymentKey).ToList();
            var written = output.Select(p => (string)p.Properties["PaymentKey"].Value).ToList();
            Assert.True(written.Count < payments.Length);
            Assert.All(written, key => Assert.Contains(key, committed));
            // Output keeps input order, so at most the window's rows (in flight, or done behind a slower one) are committed unwritten.
            Assert.InRange(committed.Count - written.Count, 0, 4);
        }
    }
}
