using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// One run of a fault-injected bulk change (S6 cancels, S8 charges) and its re-run, counted per
    /// item (a payment key, an order id) from the module's output and the sandbox's own ledger.
    /// </summary>
    internal sealed record ExactlyOnceRun(double Seconds, int LostRows, int FailedRows, int UnknownOutcomeRows, int DoublesFirstRun, int DoublesAfterRerun,
        int NotAppliedOnceAfterRerun, double RequestsPerRow)
    {
        /// <summary>Counts a run.</summary>
        /// <param name="seconds">The first run's time.</param>
        /// <param name="items">Every row's item.</param>
        /// <param name="results">The item of each result and each error of the first run.</param>
        /// <param name="errors">The first run's errors.</param>
        /// <param name="afterFirst">The ledger's changes per item after the first run.</param>
        /// <param name="afterRerun">The same after the re-run.</param>
        /// <param name="requests">The requests of the first run.</param>
        public static ExactlyOnceRun Count(double seconds, IReadOnlyCollection<string> items, IEnumerable<string> results, IReadOnlyCollection<ErrorRecord> errors,
            Dictionary<string, int> afterFirst, Dictionary<string, int> afterRerun, long requests)
        {
            var resultsPerItem = results.GroupBy(item => item).ToDictionary(g => g.Key, g => g.Count());
            return new ExactlyOnceRun(
                seconds,
                items.Count(item => resultsPerItem.GetValueOrDefault(item) != 1),
                errors.Count,
                errors.Count(e => e.FullyQualifiedErrorId.StartsWith("TossPaymentsOutcomeUnknown,", StringComparison.Ordinal)),
                afterFirst.Values.Count(n => n > 1),
                afterRerun.Values.Count(n => n > 1),
                items.Count(item => afterRerun.GetValueOrDefault(item) != 1),
                (double)requests / items.Count);
        }

        /// <summary>The scenario's figures over its runs: the median run's time and failures, and every run's losses and doubles.</summary>
        /// <param name="change">What is done once per row, plural: "cancels", "charges".</param>
        public static ScenarioResult Summarize(string id, string title, string setup, string change, IReadOnlyList<ExactlyOnceRun> runs)
        {
            var median = runs.OrderBy(o => o.Seconds).ElementAt(runs.Count / 2);
            var lost = runs.Sum(o => o.LostRows);
            var doubles = runs.Sum(o => o.DoublesFirstRun + o.DoublesAfterRerun);
            var notOnce = runs.Sum(o => o.NotAppliedOnceAfterRerun);
            return new ScenarioResult(id, title, setup,
                [
                    ("time of the first run (median)", $"{median.Seconds:0.0} s"),
                    ("rows with no result or two results", lost.ToString(CultureInfo.InvariantCulture)),
                    ("rows failed on the first run (median-time run)", median.FailedRows.ToString(CultureInfo.InvariantCulture)),
                    ("…of which outcome unknown", median.UnknownOutcomeRows.ToString(CultureInfo.InvariantCulture)),
                    ($"double {change} (first run + re-run)", doubles.ToString(CultureInfo.InvariantCulture)),
                    ("rows not applied exactly once after the re-run", notOnce.ToString(CultureInfo.InvariantCulture)),
                    ("requests per row, first run (median)", median.RequestsPerRow.ToString("0.00", CultureInfo.InvariantCulture)),
                ],
                $"0 lost rows, 0 double {change}, every row applied exactly once after the re-run",
                lost == 0 && doubles == 0 && notOnce == 0);
        }

        public override string ToString() =>
            $"{Seconds:0.0} s, {FailedRows} failed ({UnknownOutcomeRows} unknown), lost {LostRows}, doubles {DoublesFirstRun}+{DoublesAfterRerun}, not applied once after re-run {NotAppliedOnceAfterRerun}";
    }
}
