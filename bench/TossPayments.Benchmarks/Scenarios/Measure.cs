using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>Timing helpers: every figure is the median of several runs.</summary>
    internal static class Measure
    {
        public static double MedianSeconds(int runs, Action run) => Median(Enumerable.Range(0, runs).Select(_ => Seconds(run)));

        public static async Task<double> MedianSecondsAsync(int runs, Func<Task> run)
        {
            var times = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var clock = Stopwatch.StartNew();
                await run();
                times.Add(clock.Elapsed.TotalSeconds);
            }

            return Median(times);
        }

        /// <summary>Runs a scenario <paramref name="runs"/> times (run numbers from 1, which seed its faults), printing each outcome.</summary>
        public static async Task<List<T>> RunsAsync<T>(string scenario, int runs, Func<int, Task<T>> runOnce)
            where T : notnull
        {
            var outcomes = new List<T>();
            for (var run = 1; run <= runs; run++)
            {
                outcomes.Add(await runOnce(run));
                Console.WriteLine($"  {scenario} run {run}: {outcomes[^1]}");
            }

            return outcomes;
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        private static double Seconds(Action run)
        {
            var clock = Stopwatch.StartNew();
            run();
            return clock.Elapsed.TotalSeconds;
        }
    }
}
