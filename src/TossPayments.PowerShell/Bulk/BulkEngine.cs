using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.PowerShell.Progress;

namespace TossPayments.PowerShell.Bulk
{
    /// <summary>
    /// Runs a pipeline's API calls with a bounded number in flight and hands back their outcomes
    /// (<see cref="BulkOutcome"/>) in input order, for the cmdlet to write. Memory is bounded by
    /// the window: a row waits to start until fewer than the window's worth of rows are in flight
    /// or waiting to be written. (Changes of one payment are
    /// spaced by the client itself.) On 429 the window halves; each success grows it back by one
    /// over its size (additive increase, multiplicative decrease), never past the throttle limit:
    /// the engine gives every call the 429 signal, and notes each change of the window. In
    /// stop-at-first-failure mode (changes under <c>-ErrorAction Stop</c>), the first failure
    /// stops new calls; the calls in flight finish and every result is handed back before that
    /// failure, whose error ends the command (see <see cref="StopRun"/>). Only the pipeline
    /// thread calls <see cref="Add"/>, <see cref="AddFailed"/> and <see cref="Complete"/>, and
    /// enumerates what they return, at once and to the end.
    /// </summary>
    internal sealed class BulkEngine
    {
        private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan DecreaseCooldown = TimeSpan.FromMilliseconds(500);

        private readonly Queue<Item> _pending = new Queue<Item>();
        private readonly int _throttleLimit;
        private readonly bool _stopAtFirstFailure;
        private readonly CancellationToken _stop;
        private readonly Action<string> _note;
        private readonly ProgressReporter _progress;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly object _windowLock = new object();
        private double _window;
        private TimeSpan? _lastDecrease;
        private int _done;
        private int _failed;

        /// <param name="throttleLimit">The most calls in flight.</param>
        /// <param name="stopAtFirstFailure">Whether the first failure stops the run.</param>
        /// <param name="activity">The progress bar's title.</param>
        /// <param name="note">Takes a line for verbose output (from any thread): each change of the window.</param>
        /// <param name="stop">Ctrl+C.</param>
        public BulkEngine(int throttleLimit, bool stopAtFirstFailure, string activity, Action<string> note, CancellationToken stop)
        {
            _throttleLimit = throttleLimit;
            _stopAtFirstFailure = stopAtFirstFailure;
            _window = throttleLimit;
            _progress = new ProgressReporter(activity);
            _note = note;
            _stop = stop;
        }

        /// <summary>The current window, whole.</summary>
        public int Window
        {
            get
            {
                lock (_windowLock)
                {
                    return (int)_window;
                }
            }
        }

        /// <summary>
        /// Starts a row's call once the window has room, with <paramref name="options"/> carrying
        /// the engine's 429 signal; hands back the outcomes that are ready meanwhile.
        /// </summary>
        /// <param name="row">The input row, for the error record.</param>
        /// <param name="options">The call's options (its key and attempt log).</param>
        /// <param name="call">The API call.</param>
        public IEnumerable<BulkOutcome> Add(object row, TossRequestOptions options, Func<TossRequestOptions, CancellationToken, Task<object>> call)
        {
            while (_pending.Count >= Window)
            {
                foreach (var outcome in TakeHead())
                {
                    yield return outcome;
                }
            }

            if (_stopAtFirstFailure && _pending.Any(item => item.Task.IsFaulted || item.Task.IsCanceled))
            {
                foreach (var outcome in StopRun())
                {
                    yield return outcome;
                }
            }

            if (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }

            options.OnRateLimited = RateLimited;
            _pending.Enqueue(new Item(row, Start(() => call(options, _stop))));
            foreach (var outcome in TakeFinished())
            {
                yield return outcome;
            }
        }

        /// <summary>Queues a row that failed before any call, so its error keeps its place in the order.</summary>
        public IEnumerable<BulkOutcome> AddFailed(object row, TossPaymentsException exception)
        {
            _pending.Enqueue(new Item(row, Task.FromException<object>(exception)));
            var outcomes = _stopAtFirstFailure ? StopRun() : TakeFinished();
            foreach (var outcome in outcomes)
            {
                yield return outcome;
            }
        }

        /// <summary>Waits for every row still in flight and hands them back, in order.</summary>
        public IEnumerable<BulkOutcome> Complete()
        {
            while (_pending.Count > 0)
            {
                foreach (var outcome in TakeHead())
                {
                    yield return outcome;
                }
            }

            if (_progress.Completed(Status()) is { } completed)
            {
                yield return new BulkOutcome.Progress(completed);
            }
        }

        // A 429 was seen (on any thread): halve the window, at most once per cooldown so a burst counts once.
        private void RateLimited()
        {
            int before, after;
            lock (_windowLock)
            {
                var now = _clock.Elapsed;
                before = (int)_window;
                if ((_lastDecrease is TimeSpan last && now - last < DecreaseCooldown) || before == 1)
                {
                    return;
                }

                _lastDecrease = now;
                _window = Math.Max(1, _window / 2);
                after = (int)_window;
            }

            _note($"Rate limited: the in-flight window goes from {before} to {after} and grows back as requests succeed.");
        }

        // A call that throws before its first await fails its own row, like any other failure.
        private static Task<object> Start(Func<Task<object>> call)
        {
            try
            {
                return call();
            }
            catch (Exception ex)
            {
                return Task.FromException<object>(ex);
            }
        }

        // The rows at the head of the queue that have finished, without waiting.
        private IEnumerable<BulkOutcome> TakeFinished()
        {
            while (_pending.Count > 0 && _pending.Peek().Task.IsCompleted)
            {
                foreach (var outcome in TakeHead())
                {
                    yield return outcome;
                }
            }

            foreach (var outcome in ShowProgress())
            {
                yield return outcome;
            }
        }

        // Waits for the oldest row and hands back its outcome: a result, or one failure carrying the row.
        private IEnumerable<BulkOutcome> TakeHead()
        {
            var head = _pending.Peek();
            while (!((IAsyncResult)head.Task).AsyncWaitHandle.WaitOne(WaitSlice))
            {
                foreach (var outcome in ShowProgress())
                {
                    yield return outcome;
                }
            }

            var task = head.Task;
            if (task.Status == TaskStatus.RanToCompletion)
            {
                _pending.Dequeue();
                _done++;
                Grow();
                yield return new BulkOutcome.Done(task.Result);
                yield break;
            }

            if (_stopAtFirstFailure)
            {
                foreach (var outcome in StopRun())
                {
                    yield return outcome;
                }
            }

            _pending.Dequeue();
            _failed++;
            yield return new BulkOutcome.Failed(Failure(head.Task), head.Row);
        }

        /// <summary>
        /// Ends a run of changes at its first failure without losing what was applied: no call
        /// starts after it; the ones in flight finish; every payment is handed back; the other
        /// failures as <see cref="BulkOutcome.AlsoFailedWhileStopping"/>, each with its row and,
        /// where the outcome is unknown, the idempotency key; and last the first failure, whose
        /// error ends the command.
        /// </summary>
        private IEnumerable<BulkOutcome> StopRun()
        {
            var items = _pending.ToList();
            _pending.Clear();
            foreach (var item in items)
            {
                while (!((IAsyncResult)item.Task).AsyncWaitHandle.WaitOne(WaitSlice))
                {
                    foreach (var outcome in ShowProgress())
                    {
                        yield return outcome;
                    }
                }
            }

            Item? first = null;
            foreach (var item in items)
            {
                if (item.Task.Status == TaskStatus.RanToCompletion)
                {
                    _done++;
                    yield return new BulkOutcome.Done(item.Task.Result);
                }
                else if (first == null)
                {
                    first = item;
                }
                else
                {
                    _failed++;
                    yield return new BulkOutcome.AlsoFailedWhileStopping(Failure(item.Task), item.Row);
                }
            }

            if (_progress.Completed(Status()) is { } completed)
            {
                yield return new BulkOutcome.Progress(completed);
            }

            if (first != null)
            {
                _failed++;
                yield return new BulkOutcome.Failed(Failure(first.Task), first.Row);
            }

            // The error above ends the command under -ErrorAction Stop; should it not, nothing more starts.
            throw new PipelineStoppedException();
        }

        // The failure a finished call ended with; Ctrl+C and anything unexpected go up as they are.
        private TossPaymentsException Failure(Task<object> task)
        {
            var error = task.Exception?.GetBaseException();
            if (_stop.IsCancellationRequested && (task.IsCanceled || error is OperationCanceledException))
            {
                throw new PipelineStoppedException();
            }

            if (error is TossPaymentsException failure)
            {
                return failure;
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error ?? new TaskCanceledException(task)).Throw();
            throw new InvalidOperationException("unreachable");
        }

        private void Grow()
        {
            lock (_windowLock)
            {
                _window = Math.Min(_throttleLimit, _window + (1 / _window));
            }
        }

        private IEnumerable<BulkOutcome> ShowProgress()
        {
            if (_progress.Next(Status) is { } update)
            {
                yield return new BulkOutcome.Progress(update);
            }
        }

        private string Status()
        {
            var inFlight = _pending.Count(item => !item.Task.IsCompleted);
            var rate = (_done + _failed) / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
            return $"{_done} done, {_failed} failed, {inFlight} in flight, {rate:0.0}/s";
        }

        private sealed class Item
        {
            public Item(object row, Task<object> task)
            {
                Row = row;
                Task = task;
            }

            public object Row { get; }

            public Task<object> Task { get; }
        }
    }
}
