using System;
using System.Diagnostics;
using System.Management.Automation;

namespace TossPayments.PowerShell.Progress
{
    /// <summary>
    /// The progress bar of a long run: nothing for a run shorter than a second, then at most four
    /// updates a second, and a Completed record at the end only if a bar was shown. Called on the
    /// pipeline thread only.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan After = TimeSpan.FromSeconds(1);

        private readonly string _activity;
        private readonly Action<ProgressRecord> _write;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _last;
        private bool _shown;

        public ProgressReporter(string activity, Action<ProgressRecord> write)
        {
            _activity = activity;
            _write = write;
        }

        /// <summary>How long the run has taken so far.</summary>
        public TimeSpan Elapsed => _clock.Elapsed;

        /// <summary>Shows the status if the run has been long enough and the last update is old enough; the status is made only then.</summary>
        public void Report(Func<string> status, Func<int>? percentComplete = null)
        {
            var now = _clock.Elapsed;
            if (now < After || now - _last < Interval)
            {
                return;
            }

            _last = now;
            _shown = true;
            _write(new ProgressRecord(1, _activity, status()) { PercentComplete = percentComplete?.Invoke() ?? -1 });
        }

        /// <summary>Closes the bar, if one was shown.</summary>
        public void Complete(string status)
        {
            if (_shown)
            {
                _write(new ProgressRecord(1, _activity, status) { RecordType = ProgressRecordType.Completed });
            }
        }
    }
}
