using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;

namespace TossPayments.Payments
{
    /// <summary>
    /// Keeps the changes to one payment apart: each starts after the one before it has ended, and
    /// at least <see cref="RetryPolicy.SamePaymentInterval"/> later, since the API refuses a second
    /// cancel of a payment within a second. Calls queue in the order they are made, from any thread.
    /// </summary>
    internal sealed class SamePaymentPacer
    {
        private readonly object _lock = new object();
        private readonly Dictionary<string, Task<long>> _lastEnded = new Dictionary<string, Task<long>>(StringComparer.Ordinal);

        public async Task<T> RunAsync<T>(string paymentKey, Func<Task<T>> call, CancellationToken cancellationToken)
        {
            var ended = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<long>? before;
            lock (_lock)
            {
                _lastEnded.TryGetValue(paymentKey, out before);
                _lastEnded[paymentKey] = ended.Task;
                Prune();
            }

            try
            {
                if (before != null)
                {
                    var wait = RetryPolicy.SamePaymentInterval - Since(await before.ConfigureAwait(false));
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                    }
                }

                return await call().ConfigureAwait(false);
            }
            finally
            {
                ended.SetResult(Stopwatch.GetTimestamp());
            }
        }

        private static TimeSpan Since(long timestamp) =>
            TimeSpan.FromSeconds((Stopwatch.GetTimestamp() - timestamp) / (double)Stopwatch.Frequency);

        // Forgets payments whose last change is long enough ago, so a long run keeps few entries.
        private void Prune()
        {
            if (_lastEnded.Count < 256)
            {
                return;
            }

            var old = new List<string>();
            foreach (var entry in _lastEnded)
            {
                if (entry.Value.IsCompleted && Since(entry.Value.Result) > RetryPolicy.SamePaymentInterval)
                {
                    old.Add(entry.Key);
                }
            }

            old.ForEach(key => _lastEnded.Remove(key));
        }
    }
}
