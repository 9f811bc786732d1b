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
    /// window's worth of rows are in flight or waiting to be written. Calls on the same payment
    /// never overlap, and are spaced as the API requires. On 429 the window halves; each success
    /// grows it back by one over its size (additive increase, multiplicative decrease), never past
    /// the throttle limit. Only the pipeline thread calls <see cref="Add"/> and <see cref="Complete"/>.
    /// </summary>
    internal sealed class BulkEngine
    {
        private static readonly TimeSpan WaitSlice = TimeSpan.FromMilliseconds(250);
        private static readonly TimeSpan DecreaseCooldown = TimeSpan.FromMilliseconds(500);

        private readonly Queue<Item> _pending = new Queue<Item>();
        private readonly int _throttleLimit;
        private readonly CancellationToken _stop;
        private readonly IBulkOutput _output;
        private readonly ProgressReporter _progress;
        private readonly object _windowLock = new object();
        private double _window;
        private TimeSpan? _lastDecrease;
        private int _done;
        private int _failed;

        public BulkEngine(int throttleLimit, string activity, IBulkOutput output, CancellationToken stop)
        {
            _throttleLimit = throttleLimit;
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

        /// <summary>Starts a row's call once the window has room, after any earlier call on the same payment.</summary>
        /// <param name="row">The input row, for the error record.</param>
        /// <param name="paymentKey">The payment the call is about.</param>
        /// <param name="sameKeySpacing">The least time between the end of an earlier call on the payment and the start of this one.</param>
        /// <param name="call">The API call.</param>
        public void Add(object row, string paymentKey, TimeSpan sameKeySpacing, Func<CancellationToken, Task<Payment>> call)
        {
            while (_pending.Count >= Window)
            {
                WriteHead();
            }

            if (_stop.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }

            var earlier = _pending.LastOrDefault(item => item.PaymentKey == paymentKey)?.Task;
            var task = earlier == null ? Start(call, _stop) : AfterAsync(earlier, sameKeySpacing, call, _stop);
            _pending.Enqueue(new Item(row, paymentKey, task));
            WriteFinished();
        }

        /// <summary>Queues a row that failed before any call, so its error keeps its place in the order.</summary>
        public void AddFailed(object row, TossPaymentsException exception)
        {
            var failed = new TaskCompletionSource<Payment>();
            failed.SetException(exception);
            _pending.Enqueue(new Item(row, "", failed.Task));
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

        private static async Task<Payment> AfterAsync(Task earlier, TimeSpan spacing, Func<CancellationToken, Task<Payment>> call, CancellationToken stop)
        {
            try
            {
                await earlier.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The earlier call's outcome is written for its own row; this one goes on regardless.
            }

            if (spacing > TimeSpan.Zero)
            {
                await Task.Delay(spacing, stop).ConfigureAwait(false);
            }

            return await call(stop).ConfigureAwait(false);
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

            _pending.Dequeue();
            var task = head.Task;
            if (task.Status == TaskStatus.RanToCompletion)
            {
                _done++;
                Grow();
                _output.WritePayment(task.Result);
                return;
            }

            var error = task.Exception?.GetBaseException();
            if (_stop.IsCancellationRequested && (task.IsCanceled || error is OperationCanceledException))
            {
                throw new PipelineStoppedException();
            }

            if (error is TossPaymentsException failure)
            {
                _failed++;
                _output.WriteFailure(failure, head.Row);
                return;
            }

            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error ?? new TaskCanceledException(task)).Throw();
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
            public Item(object row, string paymentKey, Task<Payment> task)
            {
                Row = row;
                PaymentKey = paymentKey;
                Task = task;
            }

            public object Row { get; }

            public string PaymentKey { get; }

            public Task<Payment> Task { get; }
        }
    }
}
