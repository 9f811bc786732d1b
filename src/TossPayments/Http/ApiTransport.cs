using System;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Json;

namespace TossPayments.Http
{
    /// <summary>
    /// Sends one API call (<see cref="ApiCall"/>) through the <see cref="RetryLoop"/> and turns its
    /// last answer into a model (or, for an answer with nothing to read, the success alone) or a
    /// <see cref="TossPaymentsException"/>. Every operation goes
    /// through here.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        private readonly HttpClient _http;
        private readonly HttpMessageHandler? _ownedHandler;
        private readonly RetryLoop _retries;

        public ApiTransport(TossPaymentsClientOptions options)
        {
            // The API never redirects: a redirect is someone else's answer, and following it would
            // send the body (and the key) where it points. It is reported instead (see below).
            // The caller's handler stays theirs; ours we dispose.
            _ownedHandler = options.Handler is null ? new HttpClientHandler { AllowAutoRedirect = false } : null;
            _http = new HttpClient(options.Handler ?? _ownedHandler!, disposeHandler: false)
            {
                BaseAddress = options.BaseAddress,
                Timeout = Timeout.InfiniteTimeSpan,
            };

            var headers = _http.DefaultRequestHeaders;
            headers.Authorization = new AuthenticationHeaderValue("Basic", options.SecretKey.ToBasicCredential());
            headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            headers.TryAddWithoutValidation("User-Agent", UserAgent(options.UserAgentSuffix));
            if (!string.IsNullOrEmpty(options.AcceptLanguage))
            {
                headers.TryAddWithoutValidation("Accept-Language", options.AcceptLanguage);
            }

            _retries = new RetryLoop(_http, options);
        }

        // The library's own User-Agent product token, e.g. TossPayments/0.1.0.
        private static readonly string LibraryProduct = "TossPayments/" + LibraryVersion();

        /// <summary>Sends the call and reads its answer as <typeparamref name="T"/>.</summary>
        public async Task<T> SendAsync<T>(ApiCall call, JsonTypeInfo<T> resultType, CancellationToken cancellationToken)
        {
            var answer = await SendAsync(call, cancellationToken).ConfigureAwait(false);
            if (TryDeserialize(answer.Bytes, resultType, readAll: call.IsChange, out var value, out var problem))
            {
                return value;
            }

            // A change answered with success most likely happened: its key (see Failed) finishes it.
            throw Failed(call, new TossPaymentsApiException(answer.Status, TossClientCodes.UnreadableAnswer, problem, call.Method.Method, ShownPath(call)));
        }

        /// <summary>
        /// Sends the call and returns its success answer, whatever its body (an empty one
        /// included): for an operation whose answer carries nothing to read, such as a DELETE.
        /// </summary>
        public async Task<ApiAnswer> SendAsync(ApiCall call, CancellationToken cancellationToken)
        {
            call.Options?.Validate();

            var shownPath = ShownPath(call);
            ApiAnswer answer;
            try
            {
                answer = await _retries.SendAsync(call, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsNetworkFailure(ex))
            {
                var isTimeout = ex is TimeoutException;
                var what = isTimeout ? "timed out" : "failed to connect or lost the connection";
                var outcome = call.IsChange
                    ? "The outcome is unknown: the API may have acted. " + TossPaymentsException.HowToFinish(call.IdempotencyKey)
                    : "Nothing was changed.";
                throw new TossPaymentsNetworkException(
                    $"{call.Method} {shownPath} {what} after all retries: {ex.Message} {outcome}",
                    ex, isTimeout, call.Method.Method, shownPath, call.IdempotencyKey);
            }

            if (answer.IsSuccess)
            {
                return answer;
            }

            throw Failed(call, answer.Status >= 300 && answer.Status < 400
                ? Redirect(answer, call.Method.Method, shownPath)
                : ToApiException(answer, call.Method.Method, shownPath));
        }

        public void Dispose()
        {
            _http.Dispose();
            _ownedHandler?.Dispose();
        }

        // The path as it goes out, for messages: never one that was not requested.
        private string ShownPath(ApiCall call) => new Uri(_http.BaseAddress!, call.ShownPath).AbsolutePath;

        // What every error of a call carries: its key, and whether its outcome is open.
        private static TossPaymentsApiException Failed(ApiCall call, TossPaymentsApiException error)
        {
            error.IdempotencyKey = call.IdempotencyKey;

            // A change one of whose attempts went unanswered may have been made by that
            // attempt, whatever a later one was told, unless that answer is final.
            error.EarlierAttemptUnanswered = call.IsChange && call.UnansweredAttempts > 0 && error.ErrorClass != TossErrorClass.Final;
            error.ServerErrorRepeated = call.ServerErrorRepeated;
            return error;
        }

        // A change is done only when its whole answer reads: the parts a lookup reads on demand are
        // read now, so an unreadable one leaves the change unknown, with its key, like any unreadable answer.
        private static bool TryDeserialize<T>(byte[] bytes, JsonTypeInfo<T> type, bool readAll, out T value, out string problem)
        {
            try
            {
                value = JsonSerializer.Deserialize(bytes, type)!;
                if (readAll && value is not null)
                {
                    DeferredParts.ReadAll(value);
                }

                problem = $"The answer was empty where a {typeof(T).Name} was expected.";
                return value != null;
            }
            catch (JsonException ex)
            {
                value = default!;
                problem = $"The answer was not valid JSON for {typeof(T).Name}: {ex.Message}";
                return false;
            }
        }

        private static TossPaymentsApiException ToApiException(ApiAnswer answer, string method, string path)
        {
            var (code, message) = answer.Code is null
                ? (TossClientCodes.UnreadableError, $"HTTP {answer.Status} {answer.ReasonPhrase} with a body that is not a TossPayments error: {Excerpt(answer.Bytes)}")
                : (answer.Code, answer.Message ?? "");
            return ApiErrorCatalog.Create(answer.Status, code, message, method, path, answer.RetryAfter);
        }

        private static TossPaymentsApiException Redirect(ApiAnswer answer, string method, string path)
        {
            var location = answer.Location?.ToString() ?? "(no Location)";
            return new TossPaymentsApiException(answer.Status, TossClientCodes.RedirectNotFollowed,
                $"The answer was a redirect to {location}. TossPayments never redirects, so it was not followed and nothing was sent there; check -BaseUri and any proxy in between.",
                method, path);
        }

        private static string Excerpt(byte[] bytes)
        {
            if (bytes.Length == 0)
            {
                return "(empty)";
            }

            var text = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 200)).Replace('\r', ' ').Replace('\n', ' ');
            return bytes.Length > 200 ? text + "…" : text;
        }

        private static bool IsNetworkFailure(Exception ex) =>
            ex is HttpRequestException || ex is TimeoutException || ex is IOException || ex is OperationCanceledException;

        private static string UserAgent(string? suffix) =>
            string.IsNullOrWhiteSpace(suffix) ? LibraryProduct : LibraryProduct + " " + suffix;

        private static string LibraryVersion()
        {
            var version = typeof(ApiTransport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = version.IndexOf('+');
            return plus < 0 ? version : version.Substring(0, plus);
        }
    }
}
