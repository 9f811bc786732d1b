using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TossPayments.Http
{
    /// <summary>
    /// Sends a request with a per-attempt timeout and repeats it as <see cref="RetryPolicy"/> says.
    /// The whole answer is read inside the attempt, so a connection that breaks mid-body is retried
    /// like one that never answered.
    /// </summary>
    internal sealed class RetryHandler : DelegatingHandler
    {
        private readonly TossPaymentsClientOptions _options;
        private readonly Random _random = new Random();

        public RetryHandler(TossPaymentsClientOptions options, HttpMessageHandler innerHandler)
            : base(innerHandler)
        {
            _options = options;
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var retries = RetryPolicy.IsRepeatable(request) ? _options.MaxRetries : 0;
            for (var attempt = 0; ; attempt++)
            {
                var canRetry = attempt < retries;
                HttpResponseMessage? response = null;
                using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptTimeout.CancelAfter(_options.Timeout);
                    try
                    {
                        response = await base.SendAsync(request, attemptTimeout.Token).ConfigureAwait(false);
                        using (attemptTimeout.Token.Register(response.Dispose))
                        {
                            await response.Content.LoadIntoBufferAsync().ConfigureAwait(false);
                        }

                        attemptTimeout.Token.ThrowIfCancellationRequested();
                    }
                    catch (Exception ex) when (IsNoAnswer(ex, cancellationToken))
                    {
                        response?.Dispose();
                        if (!canRetry)
                        {
                            if (attemptTimeout.IsCancellationRequested)
                            {
                                throw new TimeoutException($"No answer within {_options.Timeout.TotalSeconds:0.###} s.", ex);
                            }

                            throw;
                        }

                        await Task.Delay(NextBackoff(attempt + 1), cancellationToken).ConfigureAwait(false);
                        continue;
                    }
                }

                var status = (int)response.StatusCode;
                if (!canRetry || !RetryPolicy.IsRetryableStatus(status))
                {
                    return response;
                }

                var wait = RetryPolicy.RetryAfter(response, _options.MaxRetryDelay, DateTimeOffset.UtcNow) ?? NextBackoff(attempt + 1);
                response.Dispose();
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        // A failure to get an answer, as opposed to the caller cancelling.
        private static bool IsNoAnswer(Exception ex, CancellationToken callerToken) =>
            !callerToken.IsCancellationRequested
            && (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException || ex is ObjectDisposedException);

        private TimeSpan NextBackoff(int retry)
        {
            double jitter;
            lock (_random)
            {
                jitter = _random.NextDouble();
            }

            return RetryPolicy.Backoff(retry, _options.RetryBaseDelay, _options.MaxRetryDelay, jitter);
        }
    }
}
