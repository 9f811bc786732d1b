using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Json;

namespace TossPayments.Http
{
    /// <summary>
    /// Sends a request with a per-attempt timeout and repeats it as <see cref="RetryPolicy"/> says,
    /// logging each attempt. The whole answer is read inside the attempt, so a connection that
    /// breaks mid-body is retried like one that never answered.
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
            var context = RequestContext.Of(request);
            var log = context.Log;
            var what = $"{request.Method} {request.RequestUri?.AbsolutePath}";
            var retries = RetryPolicy.IsRepeatable(request) ? _options.MaxRetries : 0;
            var started = Stopwatch.StartNew();
            string? lastServerError = null;
            for (var attempt = 1; ; attempt++)
            {
                var attemptStarted = started.Elapsed;
                HttpResponseMessage? response = null;
                Exception? failure = null;
                using (var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
                {
                    attemptTimeout.CancelAfter(context.Timeout);
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
                        response = null;
                        failure = attemptTimeout.IsCancellationRequested
                            ? new TimeoutException($"No answer within {context.Timeout.TotalSeconds:0.###} s.", ex)
                            : ex;
                        context.CountUnanswered();
                    }
                }

                var elapsed = (started.Elapsed - attemptStarted).TotalMilliseconds;
                var status = response == null ? (int?)null : (int)response.StatusCode;
                if (status == 429)
                {
                    context.OnRateLimited?.Invoke();
                }

                var code = status >= 400 ? await ErrorCodeAsync(response!).ConfigureAwait(false) : null;
                var outcome = failure != null ? $"no answer ({failure.Message})" : $"{status} {code ?? response!.ReasonPhrase}".TrimEnd();
                var worthRetrying = failure != null || RetryPolicy.IsRetryable(status!.Value, code);
                var wait = worthRetrying ? Wait(attempt, response, code) : TimeSpan.Zero;
                var canRetry = worthRetrying && attempt <= retries && started.Elapsed + wait < _options.MaxRetryDuration;

                // Retries that end on the same 5xx for one key may be the API replaying the key's first
                // answer (API notes §8g): a further repeat cannot help, so the caller looks the payment up.
                var serverError = status >= 500 && request.Method != HttpMethod.Get ? outcome : null;
                if (!canRetry && serverError != null && serverError == lastServerError)
                {
                    context.MarkServerErrorRepeated();
                }

                lastServerError = serverError;

                if (!canRetry)
                {
                    log?.Invoke($"{what} attempt {attempt}: {outcome} in {elapsed:0} ms" + (worthRetrying && attempt > 1 ? "; no retries left." : "."));
                    if (failure != null)
                    {
                        if (failure is TimeoutException)
                        {
                            throw failure;
                        }

                        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
                    }

                    return response!;
                }

                log?.Invoke($"{what} attempt {attempt}: {outcome} in {elapsed:0} ms; retrying in {wait.TotalSeconds:0.###} s" +
                    (request.Method == HttpMethod.Get ? "." : " with the same Idempotency-Key."));
                response?.Dispose();
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        // A failure to get an answer, as opposed to the caller cancelling.
        private static bool IsNoAnswer(Exception ex, CancellationToken callerToken) =>
            !callerToken.IsCancellationRequested
            && (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException || ex is ObjectDisposedException);

        private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
        {
            try
            {
                var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return JsonSerializer.Deserialize(bytes, TossJsonContext.Wire.ApiErrorBody)?.Code;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private TimeSpan Wait(int attempt, HttpResponseMessage? response, string? code)
        {
            var asked = response == null ? null : RetryPolicy.RetryAfter(response, _options.MaxRetryDelay, DateTimeOffset.UtcNow);
            var wait = asked ?? NextBackoff(attempt);
            var least = RetryPolicy.MinimumWait(code);
            return wait < least ? least : wait;
        }

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
