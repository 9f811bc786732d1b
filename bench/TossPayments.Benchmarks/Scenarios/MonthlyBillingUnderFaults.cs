using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S8: a month of billing at scale. N subscribers (billing keys issued by New-TossBillingKey)
    /// charged by <c>Invoke-TossBillingCharge -Period 2026-11 -Force</c> against a sandbox with
    /// S6's faults, then the same rows run again, as monthly-billing.ps1 does after a failure.
    /// Counted from the sandbox's own ledger: every subscriber's order charged exactly once.
    /// </summary>
    internal static class MonthlyBillingUnderFaults
    {
        private const string Faults = "--lost-response-rate 0.2 --error-rate 0.1 --rate-limit-rate 0.05 --retry-after-sec 0";
        private const string Connection = "-MaximumRetryCount 2 -RetryIntervalSec 0.01 -TimeoutSec 10";
        private const string Charge = "$input | Invoke-TossBillingCharge -Period 2026-11 -Force -ThrottleLimit 8";

        public static async Task<ScenarioResult> RunAsync(int rows, int runs)
        {
            var outcomes = await Measure.RunsAsync("S8", runs, run => RunOnceAsync(rows, run));

            var median = outcomes.OrderBy(o => o.Seconds).ElementAt(outcomes.Count / 2);
            var lost = outcomes.Sum(o => o.LostRows);
            var doubles = outcomes.Sum(o => o.DoubleCharges + o.DoubleChargesAfterRerun);
            var unapplied = outcomes.Sum(o => o.NotChargedOnceAfterRerun);
            return new ScenarioResult(
                "S8",
                $"Fault-injected monthly billing, {rows:N0} subscribers",
                $"{rows:N0} rows (customerKey, billingKey, amount 9,900, orderName; billing keys from New-TossBillingKey) | {Charge}; sandbox process {Faults}; " +
                $"Connect-TossPayments {Connection}; then the same rows again, unchanged, with -MaximumRetryCount 10. {runs} runs, fault seeds 1..{runs}.",
                [
                    ("time of the first run (median)", $"{median.Seconds:0.0} s"),
                    ("rows with no result or two results", lost.ToString(CultureInfo.InvariantCulture)),
                    ("rows failed on the first run (median-time run)", median.FailedRows.ToString(CultureInfo.InvariantCulture)),
                    ("…of which outcome unknown", median.UnknownOutcomeRows.ToString(CultureInfo.InvariantCulture)),
                    ("double charges (first run + re-run)", doubles.ToString(CultureInfo.InvariantCulture)),
                    ("subscribers not charged exactly once after the re-run", unapplied.ToString(CultureInfo.InvariantCulture)),
                    ("requests per row, first run (median)", median.RequestsPerRow.ToString("0.00", CultureInfo.InvariantCulture)),
                ],
                "every subscriber charged exactly once across the run and its re-run, 0 lost rows, 0 double charges",
                lost == 0 && doubles == 0 && unapplied == 0);
        }

        private static async Task<RunOutcome> RunOnceAsync(int rows, int run)
        {
            await using var sandbox = await SandboxProcess.StartAsync($"--seed 41 --payments 20 --fault-seed {run} {Faults}");
            using var host = new ModuleHost();
            var subscribers = await SubscribersAsync(sandbox, host, rows);
            var orderIds = OrderIds(host, subscribers);

            host.Connect(sandbox.BaseAddress, Connection);
            var requestsBefore = await sandbox.RequestCountAsync();
            var clock = Stopwatch.StartNew();
            var (output, errors) = host.Run(Charge, subscribers);
            var seconds = clock.Elapsed.TotalSeconds;
            var requests = await sandbox.RequestCountAsync() - requestsBefore;

            var resultOrders = output.Select(p => (string)p.Properties["OrderId"].Value)
                .Concat(errors.Select(e => orderIds[(string)((PSObject)e.TargetObject).Properties["customerKey"].Value]))
                .ToList();
            var lostRows = orderIds.Values.Count(id => resultOrders.Count(o => o == id) != 1);
            var afterFirst = await sandbox.CountChangesAsync("Charge", "orderId");

            host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 10 -RetryIntervalSec 0.01");
            host.Run(Charge, subscribers);
            var afterRerun = await sandbox.CountChangesAsync("Charge", "orderId");

            return new RunOutcome(
                seconds,
                lostRows,
                errors.Count,
                errors.Count(e => e.FullyQualifiedErrorId.StartsWith("TossPaymentsOutcomeUnknown,", StringComparison.Ordinal)),
                afterFirst.Values.Count(n => n > 1),
                afterRerun.Values.Count(n => n > 1),
                orderIds.Values.Count(id => afterRerun.GetValueOrDefault(id) != 1) + afterRerun.Keys.Count(id => !orderIds.ContainsValue(id)),
                (double)requests / rows);
        }

        // Subscribers as a billing CSV holds them. The keys are issued through the same faults, with
        // enough retries; a key whose issue stayed unknown is finished with the key its error names.
        private static async Task<List<PSObject>> SubscribersAsync(SandboxProcess sandbox, ModuleHost host, int rows)
        {
            using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
            var registrations = new List<Dictionary<string, string>>();
            for (var i = 0; i < rows; i++)
            {
                var customerKey = $"bench-{i:00000}-" + Guid.NewGuid().ToString("N")[..12];
                using var response = await http.PostAsJsonAsync("sandbox/billing/auth-keys", new Dictionary<string, string> { ["customerKey"] = customerKey });
                var authKey = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("authKey").GetString()!;
                registrations.Add(new Dictionary<string, string> { ["customerKey"] = customerKey, ["authKey"] = authKey });
            }

            host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 10 -RetryIntervalSec 0.01");
            var (billings, failed) = host.Run("$input | New-TossBillingKey -ThrottleLimit 8", ModuleHost.Rows(registrations));
            var (finished, stillFailed) = host.Run("$failed | ForEach-Object { $_.TargetObject | New-TossBillingKey -IdempotencyKey $_.Exception.IdempotencyKey }",
                variables: new Dictionary<string, object?> { ["failed"] = failed.ToArray() });
            if (stillFailed.Count > 0 || billings.Count + finished.Count != rows)
            {
                throw new InvalidOperationException($"Only {billings.Count + finished.Count} of {rows} billing keys were issued: {stillFailed.FirstOrDefault()}");
            }

            return ModuleHost.Rows(billings.Concat(finished).Select(b => new Dictionary<string, string>
            {
                ["customerKey"] = (string)b.Properties["CustomerKey"].Value, ["billingKey"] = (string)b.Properties["BillingKey"].Value,
                ["amount"] = "9,900", ["orderName"] = "11월 구독료",
            }));
        }

        // Each subscriber's order id for the period, as the module derives it.
        private static Dictionary<string, string> OrderIds(ModuleHost host, List<PSObject> subscribers)
        {
            var (ids, errors) = host.Run("$input | ForEach-Object { $_.customerKey + ' ' + [TossPayments.Payments.BillingChargeKeys]::OrderId($_.customerKey, '2026-11') }", subscribers);
            if (errors.Count > 0)
            {
                throw new InvalidOperationException("The order ids could not be derived: " + errors[0]);
            }

            return ids.Select(line => line.ToString().Split(' ')).ToDictionary(parts => parts[0], parts => parts[1]);
        }

        private sealed record RunOutcome(double Seconds, int LostRows, int FailedRows, int UnknownOutcomeRows, int DoubleCharges, int DoubleChargesAfterRerun,
            int NotChargedOnceAfterRerun, double RequestsPerRow)
        {
            public override string ToString() =>
                $"{Seconds:0.0} s, {FailedRows} failed ({UnknownOutcomeRows} unknown), lost {LostRows}, doubles {DoubleCharges}+{DoubleChargesAfterRerun}, not charged once after re-run {NotChargedOnceAfterRerun}";
        }
    }
}
