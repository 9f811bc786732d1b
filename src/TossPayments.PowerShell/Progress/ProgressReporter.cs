using System;
using System.Diagnostics;
using System.Management.Automation;

namespace TossPayments.PowerShell.Progress
{
    /// <summary>
    /// The progress bar of a long run: nothing for a run shorter than a second, then at most four
    /// updates a second, and a Completed record at the end only if a bar was shown. It makes the
    /// records; the cmdlet writes them on the pipeline thread.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan After = TimeSpan.FromSeconds(1);

        private readonly string _activity;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last;
        private bool _shown;

        public ProgressReporter(string activity) => _activity = activity;

        /// <summary>
        /// The status to show now, if the run has been long enough and the last update is old
        /// enough (the status is made only then); otherwise null.
        /// </summary>
        public ProgressRecord? Next(Func<string> status, Func<int>? percentComplete = null)
        {
            var now = _clock.Elapsed;
            if (now < After || now - _last < Interval)
            {
                return null;
            }

            _last = now;
            _shown = true;
            return new ProgressRecord(1, _activity, status()) { PercentComplete = percentComplete?.Invoke() ?? -1 };
        }

        /// <summary>The record that closes the bar, if one was shown; otherwise null.</summary>
        public ProgressRecord? Completed(string status) =>
            _shown ? new ProgressRecord(1, _activity, status) { RecordType = ProgressRecordType.Completed } : null;
    }
}
