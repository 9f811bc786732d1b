using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S6: the reliability contract at scale. N Import-Csv-shaped rows of partial cancels through
    /// <c>Stop-TossPayment -Force</c> against a sandbox that loses 20% of its answers after
    /// committing, answers 10% with 500 and 5% with 429. Then the documented re-run of the failed
    /// rows with the idempotency key each error names. Counted from the sandbox's own ledger.
    /// </summary>
    internal static class BulkCancelUnderFaults
    {
        private const int Seed = 31;
        private const string Faults = "--lost-response-rate 0.2 --error-rate 0.1 --rate-limit-rate 0.05 --retry-after-sec 0";
        private const string Connection = "-MaximumRetryCount 2 -RetryIntervalSec 0.01 -TimeoutSec 10";

        public static async Task<ScenarioResult> RunAsync(int rows, int runs)
        {
            var payments = PaymentSeeder.Create(Seed, rows * 8)
                .Where(p => p.Status == SandboxStatus.DONE && p.Method != "VIRTUAL_ACCOUNT" && p.AllowsPartialCancel)
                .Take(rows).ToList();
            if (payments.Count < rows)
            {
                throw new InvalidOperationException($"The data set holds only {payments.Count} cancelable payments.");
            }

            var outcomes = await Measure.RunsAsync("S6", runs, run => RunOnceAsync(payments, run));

            return ExactlyOnceRun.Summarize(
                "S6",
                $"Fault-injected bulk cancel, {rows:N0} rows",
                $"{rows:N0} partial cancels of 1,000 KRW (Import-Csv-shaped rows) | Stop-TossPayment -Force; sandbox process --seed {Seed} {Faults}; " +
                $"Connect-TossPayments {Connection}; then the failed rows again with -IdempotencyKey from each error and -MaximumRetryCount 10. {runs} runs, fault seeds 1..{runs}.",
                "cancels",
                outcomes);
        }

        private static async Task<ExactlyOnceRun> RunOnceAsync(List<SandboxPayment> payments, int run)
        {
            await using var sandbox = await SandboxProcess.StartAsync($"--seed {Seed} --payments {payments.Count * 8} --fault-seed {run} {Faults}");
            using var host = new ModuleHost();
            host.Connect(sandbox.BaseAddress, Connection);
            var rows = ModuleHost.Rows(payments.Select(p => new Dictionary<string, string>
            {
                ["paymentKey"] = p.PaymentKey, ["cancelReason"] = "bulk", ["cancelAmount"] = "1000",
            }));

            var clock = Stopwatch.StartNew();
            var (output, errors) = host.Run("$input | Stop-TossPayment -Force", rows);
            var seconds = clock.Elapsed.TotalSeconds;

            var afterFirst = await sandbox.CountChangesAsync("Cancel", "paymentKey");
            var requests = await sandbox.RequestCountAsync();

            host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 10 -RetryIntervalSec 0.01");
            host.Run("$failed | ForEach-Object { $_.TargetObject | Stop-TossPayment -Force -IdempotencyKey $_.Exception.IdempotencyKey }",
                variables: new Dictionary<string, object?> { ["failed"] = errors.ToArray() });
            var afterRerun = await sandbox.CountChangesAsync("Cancel", "paymentKey");

            return ExactlyOnceRun.Count(
                seconds,
                payments.Select(p => p.PaymentKey).ToList(),
                output.Select(p => (string)p.Properties["PaymentKey"].Value).Concat(errors.Select(e => (string)((PSObject)e.TargetObject).Properties["paymentKey"].Value)),
                errors,
                afterFirst,
                afterRerun,
                requests);
        }
    }
}
