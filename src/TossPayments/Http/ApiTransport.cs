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
using TossPayments.Validation;

namespace TossPayments.Http
{
    /// <summary>
    /// Sends one API call through the HTTP pipeline and turns the answer into a model or a
    /// <see cref="TossPaymentsException"/>. Every operation goes through here.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        internal const string TestCodeHeader = "TossPayments-Test-Code";

        private readonly HttpClient _http;
        private readonly HttpMessageHandler? _ownedHandler;
        private readonly TossPaymentsClientOptions _options;

        public ApiTransport(TossPaymentsClientOptions options)
        {
            _options = options;

            // The API never redirects: a redirect is someone else's answer, and following it would
            // send the body (and the key) where it points. It is reported instead (see below).
            var inner = options.Handler ?? new HttpClientHandler { AllowAutoRedirect = false };
            var pipeline = new RetryHandler(options, inner);

            // The caller's handler stays theirs; ours (and the retry handler that wraps it) we dispose.
            _ownedHandler = options.Handler is null ? pipeline : null;
            _http = new HttpClient(pipeline, disposeHandler: false)
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
        }

        // The library's own User-Agent product token, e.g. TossPayments/0.1.0.
        private static readonly string LibraryProduct = "TossPayments/" + LibraryVersion();

        public async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, JsonTypeInfo? bodyType, JsonTypeInfo<T> resultType,
            TossRequestOptions? options, string? idempotencyKey, CancellationToken cancellationToken)
        {
            options?.Validate();
            using (var request = new HttpRequestMessage(method, path.TrimStart('/')))
            {
                if (body != null && bodyType != null)
                {
                    var json = JsonSerializer.SerializeToUtf8Bytes(body, bodyType);
                    request.Content = new ByteArrayContent(json);
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                }

                if (idempotencyKey != null)
                {
                    request.Headers.TryAddWithoutValidation(RetryPolicy.IdempotencyKeyHeader, idempotencyKey);
                }

                if (!string.IsNullOrEmpty(options?.TestCode))
                {
                    request.Headers.TryAddWithoutValidation(TestCodeHeader, options!.TestCode);
                }

                var context = new RequestContext(options, _options.TimeoutFor(method.Method, path.TrimStart('/')));
                context.AttachTo(request);

                // The path as it goes out, for messages: never one that was not requested.
                var shownPath = new Uri(_http.BaseAddress!, path.TrimStart('/')).AbsolutePath;
                HttpResponseMessage response;
                try
                {
                    response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested && IsNetworkFailure(ex))
                {
                    var isTimeout = ex is TimeoutException;
                    var what = isTimeout ? "timed out" : "failed to connect or lost the connection";
                    var outcome = method == HttpMethod.Get
                        ? "Nothing was changed."
                        : $"The outcome is unknown: the API may have acted. Send the same request again with Idempotency-Key '{idempotencyKey}' to finish it safely, or look the payment up first.";
                    throw new TossPaymentsNetworkException(
                        $"{method} {shownPath} {what} after all retries: {ex.Message} {outcome}",
                        ex, isTimeout, method.Method, shownPath, idempotencyKey);
                }

                using (response)
                {
                    var bytes = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    var status = (int)response.StatusCode;
                    TossPaymentsApiException error;
                    if (status >= 200 && status < 300)
                    {
                        if (TryDeserialize(bytes, resultType, out var value, out var problem))
                        {
                            return value;
                        }

                        // A change answered with success most likely happened: the key below finishes it.
                        error = new TossPaymentsApiException(status, TossClientCodes.UnreadableAnswer, problem, method.Method, shownPath);
                    }
                    else
                    {
                        error = status >= 300 && status < 400
                            ? Redirect(response, method.Method, shownPath)
                            : ToApiException(response, bytes, method.Method, shownPath);
                    }

                    error.IdempotencyKey = idempotencyKey;

                    // A change one of whose attempts went unanswered may have been made by that
                    // attempt, whatever a later one was told, unless that answer is final.
                    error.EarlierAttemptUnanswered = method != HttpMethod.Get && context.UnansweredAttempts > 0 && error.ErrorClass != TossErrorClass.Final;
                    error.ServerErrorRepeated = context.ServerErrorRepeated;
                    throw error;
                }
            }
        }

        public void Dispose()
        {
            _http.Dispose();
            _ownedHandler?.Dispose();
        }

        private static bool TryDeserialize<T>(byte[] bytes, JsonTypeInfo<T> type, out T value, out string problem)
        {
            try
            {
                value = JsonSerializer.Deserialize(bytes, type)!;
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

        private static TossPaymentsApiException ToApiException(HttpResponseMessage response, byte[] bytes, string method, string path)
        {
            var status = (int)response.StatusCode;
            string? code = null;
            string? message = null;
            try
            {
                var error = JsonSerializer.Deserialize(bytes, TossJsonContext.Wire.ApiErrorBody);
                code = error?.Code;
                message = error?.Message;
            }
            catch (JsonException)
            {
                // Not an API error body (a proxy's HTML page, say): described below from the raw text.
            }

            if (string.IsNullOrEmpty(code))
            {
                code = TossClientCodes.UnreadableError;
                message = $"HTTP {status} {response.ReasonPhrase} with a body that is not a TossPayments error: {Excerpt(bytes)}";
            }

            var retryAfter = RetryPolicy.RetryAfter(response, TimeSpan.MaxValue, DateTimeOffset.UtcNow);
            return ApiErrorCatalog.Create(status, code!, message ?? "", method, path, retryAfter);
        }

        private static TossPaymentsApiException Redirect(HttpResponseMessage response, string method, string path)
        {
            var status = (int)response.StatusCode;
            var location = response.Headers.Location?.ToString() ?? "(no Location)";
            return new TossPaymentsApiException(status, TossClientCodes.RedirectNotFollowed,
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
