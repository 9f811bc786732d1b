using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.PowerShell.Progress;

namespace TossPayments.PowerShell.Bulk
{
    /// <summary>
    /// Runs a pipeline's API calls with a bounded number in flight and writes their outcomes in
    /// input order. Memory is bounded by the window: a row waits to start until fewer than the
    /// window's worth of rows are in flight or waiting to be written. (Changes of one payment are
    /// spaced by the client itself.) On 429 the window halves; each success grows it back by one
    /// over its size (additive increase, multiplicative decrease), never past the throttle limit.
    /// In stop-at-first-failure mode (changes under <c>-ErrorAction Stop</c>), the first failure
    /// stops new calls; the calls in flight finish and every result is written before that
    /// failure's error ends the command (see <see cref="StopRun"/>). Only the pipeline thread calls
    /// <see cref="Add"/>, <see cref="AddFailed"/> and <see cref="Complete"/>.
    /// </summary>
    internal sealed class BulkEngine
    {
        private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan DecreaseCooldown = TimeSpan.FromMilliseconds(500);

        private readonly Queue<Item> _pending = new Queue<Item>();
        private readonly int _throttleLimit;
        private readonly bool _stopAtFirstFailure;
        private readonly CancellationToken _stop;
        private readonly IBulkOutput _output;
        private readonly ProgressReporter _progress;
        private readonly object _windowLock = new object();
        private double _window;
        private TimeSpan? _lastDecrease;
        private int _done;
        private int _failed;

        public BulkEngine(int throttleLimit, bool stopAtFirstFailure, string activity, IBulkOutput output, CancellationToken stop)
        {
            _throttleLimit = throttleLimit;
            _stopAtFirstFailure = stopAtFirstFailure;
            _window = throttleLimit;
            _progress = new ProgressReporter(activity, output.WriteProgress);
            _output = output;
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

        /// <summary>Starts a row's call once the window has room.</summary>
        /// <param name="row">The input row, for the error record.</param>
        /// <param name="call">The API call.</param>
        public void Add(object row, Func<CancellationToken, Task<Payment>> call)
        {
            while (_pending.Count >= Window)
            {
                WriteHead();
            }

            if (_stopAtFirstFailure && _pending.Any(item => item.Task.IsFaulted || item.Task.IsCanceled))
            {
                StopRun();
            }

            if (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }

            _pending.Enqueue(new Item(row, Start(call, _stop)));
            WriteFinished();
        }

        /// <summary>Queues a row that failed before any call, so its error keeps its place in the order.</summary>
        public void AddFailed(object row, TossPaymentsException exception)
        {
            var failed = new TaskCompletionSource<Payment>();
            failed.SetException(exception);
            _pending.Enqueue(new Item(row, failed.Task));
            if (_stopAtFirstFailure)
            {
                StopRun();
            }

            WriteFinished();
        }

        /// <summary>Waits for every row still in flight and writes them, in order.</summary>
        public void Complete()
        {
            while (_pending.Count > 0)
            {
                WriteHead();
            }

            _progress.Complete(Status());
        }

        /// <summary>A 429 was seen (on any thread): halve the window, at most once per cooldown so a burst counts once.</summary>
        /// <returns>The window before and after, or null when it did not change.</returns>
        public (int Before, int After)? RateLimited()
        {
            lock (_windowLock)
            {
                var now = _progress.Elapsed;
                var before = (int)_window;
                if ((_lastDecrease is TimeSpan last && now - last < DecreaseCooldown) || before == 1)
                {
                    return null;
                }

                _lastDecrease = now;
                _window = Math.Max(1, _window / 2);
                return (before, (int)_window);
            }
        }

        // A call that throws before its first await fails its own row, like any other failure.
        private static Task<Payment> Start(Func<CancellationToken, Task<Payment>> call, CancellationToken stop)
        {
            try
            {
                return call(stop);
            }
            catch (Exception ex)
            {
                var failed = new TaskCompletionSource<Payment>();
                failed.SetException(ex);
                return failed.Task;
            }
        }

        // Writes the rows at the head of the queue that have finished, without waiting.
        private void WriteFinished()
        {
            while (_pending.Count > 0 && _pending.Peek().Task.IsCompleted)
            {
                WriteHead();
            }

            ShowProgress();
        }

        // Waits for the oldest row and writes its outcome: a Payment, or one error carrying the row.
        private void WriteHead()
        {
            var head = _pending.Peek();
            while (!((IAsyncResult)head.Task).AsyncWaitHandle.WaitOne(WaitSlice))
            {
                ShowProgress();
            }

            var task = head.Task;
            if (task.Status == TaskStatus.RanToCompletion)
            {
                _pending.Dequeue();
                _done++;
                Grow();
                _output.WritePayment(task.Result);
                return;
            }

            if (_stopAtFirstFailure)
            {
                StopRun();
            }

            _pending.Dequeue();
            _failed++;
            _output.WriteFailure(Failure(head.Task), head.Row);
        }

        /// <summary>
        /// Ends a run of changes at its first failure without losing what was applied: no call
        /// starts after it; the ones in flight finish; every payment is written; the other
        /// failures are written as warnings (an error would end the command before the rest is
        /// written), each with its row and, where the outcome is unknown, the idempotency key;
        /// and last the first failure's error, which ends the command.
        /// </summary>
        private void StopRun()
        {
            var items = _pending.ToList();
            _pending.Clear();
            foreach (var item in items)
            {
                while (!((IAsyncResult)item.Task).AsyncWaitHandle.WaitOne(WaitSlice))
                {
                    ShowProgress();
                }
            }

            Item? first = null;
            foreach (var item in items)
            {
                if (item.Task.Status == TaskStatus.RanToCompletion)
                {
                    _done++;
                    _output.WritePayment(item.Task.Result);
                }
                else if (first == null)
                {
                    first = item;
                }
                else
                {
                    _failed++;
                    _output.WriteStoppedRunFailure(Failure(item.Task), item.Row);
                }
            }

            _progress.Complete(Status());
            if (first != null)
            {
                _failed++;
                _output.WriteFailure(Failure(first.Task), first.Row);
            }

            // The error above ends the command under -ErrorAction Stop; should it not, nothing more starts.
            throw new PipelineStoppedException();
        }

        // The failure a finished call ended with; Ctrl+C and anything unexpected go up as they are.
        private TossPaymentsException Failure(Task<Payment> task)
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

        private void ShowProgress() => _progress.Report(Status);

        private string Status()
        {
            var inFlight = _pending.Count(item => !item.Task.IsCompleted);
            var rate = (_done + _failed) / Math.Max(_progress.Elapsed.TotalSeconds, 0.001);
            return $"{_done} done, {_failed} failed, {inFlight} in flight, {rate:0.0}/s";
        }

        private sealed class Item
        {
            public Item(object row, Task<Payment> task)
            {
                Row = row;
                Task = task;
            }

            public object Row { get; }

            public Task<Payment> Task { get; }
        }
    }
}
