using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S1: bulk cancel and bulk get against a sandbox that takes 20 ms per answer, at several
    /// throttle limits, against the floor N × 20 ms / throttle; the same at throttle 16 under
    /// <c>$ErrorActionPreference = 'Stop'</c>, which must cost lookups no concurrency and must still
    /// report every cancel; and get at several N to show time grows linearly.
    /// </summary>
    internal static class Throughput
    {
        private const int Seed = 41;
        private const int LatencyMs = 20;
        private static readonly int[] Throttles = [1, 4, 16, 32];

        public static async Task<ScenarioResult> RunAsync(int rows, int[] sizes, int runs)
        {
            var largest = Math.Max(rows, sizes.Max());
            var keys = PaymentSeeder.Create(Seed, largest * 3)
                .Where(p => p.Status == SandboxStatus.DONE && p.Method != "VIRTUAL_ACCOUNT" && p.AllowsPartialCancel)
                .Select(p => p.PaymentKey).Take(largest).ToList();
            var figures = new List<(string, string)>();
            var seconds = new Dictionary<(string Op, int Throttle), double>();

            foreach (var op in new[] { "get", "cancel" })
            {
                foreach (var throttle in Throttles)
                {
                    var (time, _) = await TimeAsync(op, keys.Take(rows).ToList(), throttle, runs, largest * 3);
                    seconds[(op, throttle)] = time;
                    var floor = rows * LatencyMs / 1000.0 / throttle;
                    figures.Add(($"{op} ×{rows:N0}, throttle {throttle}", $"{time:0.00} s = {time / floor:0.000}× floor ({floor:0.000} s)"));
                    Console.WriteLine($"  S1 {op} throttle {throttle}: {time:0.00} s");
                }
            }

            var underStop = new Dictionary<string, double>();
            foreach (var op in new[] { "get", "cancel" })
            {
                var (time, reported) = await TimeAsync(op, keys.Take(rows).ToList(), 16, runs, largest * 3, stopPreference: true);
                underStop[op] = time;
                figures.Add(($"{op} ×{rows:N0}, throttle 16, $ErrorActionPreference = 'Stop'",
                    $"{time:0.00} s = {time / seconds[(op, 16)]:0.000}× the default preference; {reported:N0} of {rows:N0} written"));
                Console.WriteLine($"  S1 {op} throttle 16 under Stop: {time:0.00} s, {reported} written");
            }

            foreach (var size in sizes)
            {
                var (time, _) = await TimeAsync("get", keys.Take(size).ToList(), 16, runs, largest * 3);
                figures.Add(($"get ×{size:N0}, throttle 16", $"{time:0.00} s = {time / size * 1000:0.00} ms/row"));
                Console.WriteLine($"  S1 get ×{size} throttle 16: {time:0.00} s");
            }

            var floor16 = rows * LatencyMs / 1000.0 / 16;
            var met = new[] { "get", "cancel" }.All(op => seconds[(op, 16)] <= 1.25 * floor16 && seconds[(op, 1)] >= 12 * seconds[(op, 16)])
                && underStop["get"] <= 1.1 * seconds[("get", 16)];
            foreach (var op in new[] { "get", "cancel" })
            {
                figures.Add(($"{op}: throttle 1 / throttle 16", $"{seconds[(op, 1)] / seconds[(op, 16)]:0.0}×"));
            }

            return new ScenarioResult(
                "S1",
                "Bulk throughput against 20 ms latency",
                $"Import-Csv-shaped rows piped through Get-TossPayment and Stop-TossPayment -Force -CancelAmount 1000 with -ThrottleLimit 1/4/16/32, and at 16 with $ErrorActionPreference = 'Stop'; output kept with -OutVariable and counted; sandbox process --latency-ms {LatencyMs}; " +
                $"median of {runs} runs, each against a fresh sandbox. Floor = N × {LatencyMs} ms / throttle.",
                figures,
                "throttle 16 within 1.25× of its floor and at least 12× faster than throttle 1, for get and cancel; get under $ErrorActionPreference = 'Stop' within 1.1× of the default preference, and every cancel written",
                met);
        }

        private static async Task<(double Seconds, int Written)> TimeAsync(string op, List<string> keys, int throttle, int runs, int payments, bool stopPreference = false)
        {
            var command = op == "get"
                ? $"Get-TossPayment -ThrottleLimit {throttle}"
                : $"Stop-TossPayment -CancelReason bench -CancelAmount 1000 -Force -ThrottleLimit {throttle}";
            var script = (stopPreference ? "$ErrorActionPreference = 'Stop'; " : "") + $"$input | {command} -OutVariable written | Out-Null; $written.Count";
            var rows = ModuleHost.Rows(keys.Select(k => new Dictionary<string, string> { ["paymentKey"] = k }));
            var times = new List<double>();
            var written = 0;
            for (var run = 0; run < runs; run++)
            {
                await using var sandbox = await SandboxProcess.StartAsync($"--seed {Seed} --payments {payments} --latency-ms {LatencyMs}");
                using var host = new ModuleHost();
                host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 0");
                host.Run("Get-TossPayment -PaymentKey $key | Out-Null", variables: new Dictionary<string, object?> { ["key"] = keys[0] });
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var (output, errors) = host.Run(script, rows);
                times.Add(clock.Elapsed.TotalSeconds);
                if (errors.Count > 0)
                {
                    throw new InvalidOperationException($"S1 {op}: {errors.Count} errors, first: {errors[0]}");
                }

                written = Convert.ToInt32(output.Last().BaseObject, System.Globalization.CultureInfo.InvariantCulture);
            }

            return (Measure.Median(times), written);
        }
    }
}
