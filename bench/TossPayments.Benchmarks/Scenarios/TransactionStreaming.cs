using System;
using System.Globalization;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S7: Get-TossTransaction streaming 100,000 transactions, page by page, against 10,000: the
    /// peak working set of a fresh process must stay flat, and the rate is reported.
    /// </summary>
    internal static class TransactionStreaming
    {
        public static async Task<ScenarioResult> RunAsync(int runs)
        {
            await using var sandbox = await SandboxProcess.StartAsync($"--seed {Probes.LiveSeed} --payments {Probes.TransactionPayments}");
            var small = await MeasureAsync(10_000, sandbox.BaseAddress, runs);
            var large = await MeasureAsync(100_000, sandbox.BaseAddress, runs);
            var ratio = (double)large.Peak / small.Peak;
            Console.WriteLine($"  S7 {small.Peak / 1e6:0} → {large.Peak / 1e6:0} MB, {100_000 / large.Seconds:N0} transactions/s");

            return new ScenarioResult(
                "S7",
                "Transactions streamed by page",
                $"Fresh processes (--probe memory transactions N): Get-TossTransaction over a sandbox process seeded with {Probes.TransactionPayments:N0} payments " +
                "(--seed 47), one window over all of them, -First N, default -PageSize 1000, output counted by ForEach-Object and dropped; " +
                $"peak working set as the OS reports it; median of {runs} runs. Time includes process start and module import.",
                [
                    ("10,000 transactions: peak working set", Mb(small.Peak)),
                    ("100,000 transactions: peak working set", $"{Mb(large.Peak)} = {ratio:0.00}×"),
                    ("10,000 transactions: wall time", $"{small.Seconds:0.00} s"),
                    ("100,000 transactions: wall time", $"{large.Seconds:0.00} s = {100_000 / large.Seconds:N0} transactions/s"),
                ],
                "peak working set at 100,000 transactions within 1.2× of 10,000",
                ratio <= 1.2);
        }

        private static async Task<(long Peak, double Seconds)> MeasureAsync(int count, Uri sandbox, int runs)
        {
            var peaks = new long[runs];
            var seconds = new double[runs];
            for (var i = 0; i < runs; i++)
            {
                var (elapsed, output) = await Probes.SpawnAsync($"memory transactions {count} {sandbox}");
                peaks[i] = long.Parse(output.Split('\n')[^1], CultureInfo.InvariantCulture);
                seconds[i] = elapsed;
            }

            Array.Sort(peaks);
            Array.Sort(seconds);
            return (peaks[runs / 2], seconds[runs / 2]);
        }

        private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0} MiB";
    }
}
