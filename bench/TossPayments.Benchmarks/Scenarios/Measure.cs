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
