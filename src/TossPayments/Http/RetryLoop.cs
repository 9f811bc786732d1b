using System;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace TossPayments.Http
{
    /// <summary>
    /// Sends a call's attempts as <see cref="RetryPolicy"/> says: each attempt within the timeout
    /// of the call's kind (<see cref="TossTimeouts"/>) and read whole (so a connection that breaks mid-body is retried like one that never
    /// answered), one log line per attempt, the caller told of every 429.
    /// </summary>
    internal sealed class RetryLoop
    {
        private const string TestCodeHeader = "TossPayments-Test-Code";

        private readonly HttpClient _http;
        private readonly TossPaymentsClientOptions _options;
        private readonly Random _random = new();

        public RetryLoop(HttpClient http, TossPaymentsClientOptions options)
        {
            _http = http;
            _options = options;
        }

        /// <summary>The call's last answer, once no retry is left or worth it.</summary>
        /// <exception cref="TimeoutException">The last attempt got no answer within the timeout.</exception>
        /// <exception cref="HttpRequestException">The last attempt could not connect, or lost the connection.</exception>
        public async Task<ApiAnswer> SendAsync(ApiCall call, CancellationToken cancellationToken)
        {
            var log = call.Options?.Log;
            var timeout = _options.TimeoutFor(call.Method.Method, call.Path);
            var what = $"{call.Method} {new Uri(_http.BaseAddress!, call.ShownPath).AbsolutePath}";
            var started = Stopwatch.StartNew();
            string? lastServerError = null;
            for (var attempt = 1; ; attempt++)
            {
                var attemptStarted = started.Elapsed;
                var (answer, failure) = await AttemptAsync(call, timeout, cancellationToken).ConfigureAwait(false);
                var elapsed = (started.Elapsed - attemptStarted).TotalMilliseconds;
                if (answer?.Status == 429)
                {
                    call.Options?.OnRateLimited?.Invoke();
                }

                var outcome = failure != null ? $"no answer ({failure.Message})" : $"{answer!.Status} {answer.Code ?? answer.ReasonPhrase}".TrimEnd();
                var worthRetrying = failure != null || RetryPolicy.IsRetryable(answer!.Status, answer.Code);
                var wait = worthRetrying ? Wait(attempt, answer) : TimeSpan.Zero;
                var canRetry = worthRetrying && attempt <= _options.MaxRetries && started.Elapsed + wait < _options.MaxRetryDuration;

                // Retries that end on the same 5xx for one key may be the API replaying the key's first
                // answer (API notes §8g): a further repeat cannot help, so the caller looks the payment up.
                var serverError = answer?.Status >= 500 && call.IdempotencyKey != null ? outcome : null;
                if (!canRetry && serverError != null && serverError == lastServerError)
                {
                    call.MarkServerErrorRepeated();
                }

                lastServerError = serverError;
                if (!canRetry)
                {
                    log?.Invoke($"{what} attempt {attempt}: {outcome} in {elapsed:0} ms" + (worthRetrying && attempt > 1 ? "; no retries left." : "."));
                    if (failure is TimeoutException)
                    {
                        throw failure;
                    }

                    if (failure != null)
                    {
                        ExceptionDispatchInfo.Capture(failure).Throw();
                    }

                    return answer!;
                }

                log?.Invoke($"{what} attempt {attempt}: {outcome} in {elapsed:0} ms; retrying in {wait.TotalSeconds:0.###} s" +
                    (call.IdempotencyKey != null ? " with the same Idempotency-Key." : "."));
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            }
        }

        // One attempt within the timeout of the call's kind, read whole.
        private async Task<(ApiAnswer? Answer, Exception? Failure)> AttemptAsync(ApiCall call, TimeSpan timeout, CancellationToken cancellationToken)
        {
            using var request = ToRequest(call);
            using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptTimeout.CancelAfter(timeout);
            HttpResponseMessage? response = null;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attemptTimeout.Token).ConfigureAwait(false);
                using (attemptTimeout.Token.Register(response.Dispose))
                {
                    var answer = await ApiAnswer.ReadAsync(response, DateTimeOffset.UtcNow).ConfigureAwait(false);
                    attemptTimeout.Token.ThrowIfCancellationRequested();
                    return (answer, null);
                }
            }
            catch (Exception ex) when (IsNoAnswer(ex, cancellationToken))
            {
                call.CountUnanswered();
                return (null, attemptTimeout.IsCancellationRequested
                    ? new TimeoutException($"No answer within {timeout.TotalSeconds:0.###} s.", ex)
                    : ex);
            }
            finally
            {
                response?.Dispose();
            }
        }

        // A fresh message per attempt: HttpClient sends a message once.
        private static HttpRequestMessage ToRequest(ApiCall call)
        {
            var request = new HttpRequestMessage(call.Method, call.Path);
            if (call.Body != null)
            {
                request.Content = new ByteArrayContent(call.Body);
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }

            if (call.IdempotencyKey != null)
            {
                request.Headers.TryAddWithoutValidation(RetryPolicy.IdempotencyKeyHeader, call.IdempotencyKey);
            }

            if (!string.IsNullOrEmpty(call.Options?.TestCode))
            {
                request.Headers.TryAddWithoutValidation(TestCodeHeader, call.Options!.TestCode);
            }

            return request;
        }

        // A failure to get an answer, as opposed to the caller cancelling.
        private static bool IsNoAnswer(Exception ex, CancellationToken callerToken) =>
            !callerToken.IsCancellationRequested
            && (ex is HttpRequestException || ex is IOException || ex is OperationCanceledException || ex is ObjectDisposedException);

        private TimeSpan Wait(int attempt, ApiAnswer? answer)
        {
            var wait = RetryPolicy.Capped(answer?.RetryAfter, _options.MaxRetryDelay) ?? NextBackoff(attempt);
            var least = RetryPolicy.MinimumWait(answer?.Code);
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
