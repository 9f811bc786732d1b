using System;
using System.Collections.Generic;
using System.Diagnostics;
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

            return ExactlyOnceRun.Summarize(
                "S8",
                $"Fault-injected monthly billing, {rows:N0} subscribers",
                $"{rows:N0} rows (customerKey, billingKey, amount 9,900, orderName; billing keys from New-TossBillingKey) | {Charge}; sandbox process {Faults}; " +
                $"Connect-TossPayments {Connection}; then the same rows again, unchanged, with -MaximumRetryCount 10. {runs} runs, fault seeds 1..{runs}.",
                "charges",
                outcomes);
        }

        private static async Task<ExactlyOnceRun> RunOnceAsync(int rows, int run)
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

            var afterFirst = await sandbox.CountChangesAsync("Charge", "orderId");

            host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 10 -RetryIntervalSec 0.01");
            host.Run(Charge, subscribers);
            var afterRerun = await sandbox.CountChangesAsync("Charge", "orderId");

            return ExactlyOnceRun.Count(
                seconds,
                orderIds.Values.ToList(),
                output.Select(p => (string)p.Properties["OrderId"].Value).Concat(errors.Select(e => orderIds[(string)((PSObject)e.TargetObject).Properties["customerKey"].Value])),
                errors,
                afterFirst,
                afterRerun,
                requests);
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
    }
}
