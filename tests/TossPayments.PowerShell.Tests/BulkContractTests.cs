using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// The bulk contract under injected faults (20% lost answers, 10% 500s, 5% 429s): every row
    /// yields exactly one Payment or one error carrying the row, and the sandbox's ledger shows each
    /// requested change applied exactly once. The benchmark harness runs the same at 2,000 rows.
    /// </summary>
    public class BulkContractTests : ModuleTest
    {
        private const int Rows = 200;

        /// <summary>Whether an injected 500 is replayed to every repeat of its key, as the API may do.</summary>
        protected virtual bool ReplayServerErrors => false;

        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 21,
            Payments = 2500,
            LogRequests = false,
            Faults = new FaultOptions { Seed = 4, LostResponseRate = 0.2, ServerErrorRate = 0.1, RateLimitRate = 0.05, RetryAfterSeconds = 0, ReplayServerErrors = ReplayServerErrors },
        };

        // No retries on the first pass, so about a third of the rows fail and the unknown-outcome path is exercised.
        protected override string ConnectParameters => "-MaximumRetryCount 0 -TimeoutSec 10";

        [Fact]
        public void Partial_cancels_under_faults_yield_one_result_per_row_and_are_applied_exactly_once_after_a_re_run()
        {
            var payments = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method != "VIRTUAL_ACCOUNT" && p.AllowsPartialCancel).Take(Rows).ToList();
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount\n" + string.Join("\n", payments.Select(p => $"{p.PaymentKey},bulk,1000")));

            var first = Session.Run("$input | Stop-TossPayment -Force", rows);

            AssertOneResultPerRow(rows, first);
            Assert.Contains(first.Errors, e => e.FullyQualifiedErrorId.StartsWith("TossPaymentsOutcomeUnknown,", StringComparison.Ordinal));
            Assert.DoesNotContain(CancelsPerPayment(), pair => pair.Value > 1);
            Assert.All(first.Output, p => Assert.Equal(1, CancelsPerPayment()[(string)p.Properties["PaymentKey"].Value]));

            // The documented re-run, until no row fails: each failed row again with the idempotency key
            // its error names, or with a new one where the error says its key replays an error.
            Session.Connect(Sandbox.BaseAddress, parameters: "-MaximumRetryCount 10 -RetryIntervalSec 0.001");
            var failed = first.Errors.ToArray();
            for (var pass = 0; pass < 6 && failed.Length > 0; pass++)
            {
                failed = Session.Run(
                    "$failed | ForEach-Object { $again = @{}; if ($_.FullyQualifiedErrorId -notlike 'TossPaymentsKeyReplaysError,*') { $again.IdempotencyKey = $_.Exception.IdempotencyKey }; $_.TargetObject | Stop-TossPayment -Force @again }",
                    variables: new Dictionary<string, object?> { ["failed"] = failed }).Errors.ToArray();
            }

            Assert.Empty(failed);
            Assert.All(payments, p => Assert.Equal(1, CancelsPerPayment()[p.PaymentKey]));
            Assert.All(payments, p => Assert.Equal(p.TotalAmount - 1000, p.BalanceAmount));
        }

        [Fact]
        public void Confirms_under_faults_yield_one_result_per_row_and_are_applied_at_most_once()
        {
            var authenticated = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.IN_PROGRESS).Take(Rows / 2).ToList();
            var rows = CsvRows.Parse("paymentKey,orderId,amount\n" + string.Join("\n", authenticated.Select(p => $"{p.PaymentKey},{p.OrderId},{p.TotalAmount}")));

            var result = Session.Run("$input | Confirm-TossPayment", rows);

            AssertOneResultPerRow(rows, result);
            var confirms = Sandbox.Store.Ledger.Entries.Where(e => e.Kind == ChangeKind.Confirm).GroupBy(e => e.PaymentKey).ToDictionary(g => g.Key, g => g.Count());
            Assert.DoesNotContain(confirms, pair => pair.Value > 1);
            Assert.All(result.Output, p => Assert.Equal(1, confirms[(string)p.Properties["PaymentKey"].Value]));
        }

        [Fact]
        public void Re_running_a_csv_with_an_idempotency_key_column_cancels_nothing_twice()
        {
            Session.Connect(Sandbox.BaseAddress, parameters: "-MaximumRetryCount 10 -RetryIntervalSec 0.001");
            var payments = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method != "VIRTUAL_ACCOUNT" && p.AllowsPartialCancel).Take(Rows / 2).ToList();
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount,idempotencyKey\n" +
                string.Join("\n", payments.Select(p => $"{p.PaymentKey},bulk,1000,cancel-{p.OrderId}-1")));

            var first = Session.Run("$input | Stop-TossPayment -Force", rows);
            var again = Session.Run("$input | Stop-TossPayment -Force", rows);

            // The one error allowed: a key the API answered 500 again and again, looked up and found not
            // applied (two 500s in a row look like a replay even when the sandbox does not replay).
            Assert.All(first.Errors.Concat(again.Errors), e => Assert.StartsWith("TossPaymentsKeyReplaysError,", e.FullyQualifiedErrorId));
            Assert.All(CancelsPerPayment().Values, count => Assert.Equal(1, count));
            var doneFirst = first.Output.ToDictionary(p => (string)p.Properties["PaymentKey"].Value, p => p.Properties["LastTransactionKey"].Value);
            Assert.All(again.Output.Where(p => doneFirst.ContainsKey((string)p.Properties["PaymentKey"].Value)),
                p => Assert.Equal(doneFirst[(string)p.Properties["PaymentKey"].Value], p.Properties["LastTransactionKey"].Value));
            Assert.Equal(doneFirst.Count, CancelsPerPayment().Keys.Count(k => doneFirst.ContainsKey(k)));
        }

        private Dictionary<string, int> CancelsPerPayment() =>
            Sandbox.Store.Ledger.Entries.Where(e => e.Kind == ChangeKind.Cancel).GroupBy(e => e.PaymentKey).ToDictionary(g => g.Key, g => g.Count());

        private static void AssertOneResultPerRow(List<PSObject> rows, ModuleSession.Result result)
        {
            Assert.Null(result.Terminating);
            Assert.Equal(rows.Count, result.Output.Count + result.Errors.Count);
            var keysOut = result.Output.Select(p => (string)p.Properties["PaymentKey"].Value);
            var rowsFailed = result.Errors.Select(e => Assert.IsType<PSObject>(e.TargetObject)).ToList();
            Assert.All(rowsFailed, row => Assert.Contains(row, rows));
            Assert.All(result.Errors, e => Assert.DoesNotContain("Invalid", e.FullyQualifiedErrorId, StringComparison.Ordinal));
            var keysFailed = rowsFailed.Select(r => (string)r.Properties["paymentKey"].Value);
            Assert.Equal(
                rows.Select(r => (string)r.Properties["paymentKey"].Value).Order(),
                keysOut.Concat(keysFailed).Order());
        }
    }

    /// <summary>The same contract when the sandbox replays a 500 to every repeat of its key.</summary>
    public sealed class BulkContractUnderReplayedErrorsTests : BulkContractTests
    {
        protected override bool ReplayServerErrors => true;
    }
}
