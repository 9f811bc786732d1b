using System;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;

namespace TossPayments.Http
{
    /// <summary>
    /// One API call, typed: what to send and what its attempts share (the caller's options,
    /// whether an attempt went unanswered, whether the same server error came back).
    /// A POST always carries its idempotency key, and a DELETE needs none (the API takes the key on
    /// POSTs only; what is deleted stays deleted, so a repeat changes nothing more): a change that
    /// could not be repeated safely is not representable, so every call may be retried.
    /// </summary>
    internal sealed class ApiCall
    {
        private int _unansweredAttempts;

        private ApiCall(HttpMethod method, string path, byte[]? body, string? idempotencyKey, TossRequestOptions? options, string? shownPath = null)
        {
            Method = method;
            Path = path.TrimStart('/');
            ShownPath = (shownPath ?? path).TrimStart('/');
            Body = body;
            IdempotencyKey = idempotencyKey;
            Options = options;
        }

        /// <summary>A GET of <paramref name="path"/> (relative to the API's address).</summary>
        public static ApiCall Get(string path, TossRequestOptions? options) => new(HttpMethod.Get, path, null, null, options);

        /// <summary>A POST of <paramref name="body"/> as JSON, under an idempotency key that its retries reuse.</summary>
        public static ApiCall Post<TBody>(string path, TBody body, JsonTypeInfo<TBody> bodyType, string idempotencyKey, TossRequestOptions? options, string? shownPath = null) =>
            new(HttpMethod.Post, path, JsonSerializer.SerializeToUtf8Bytes(body, bodyType),
                idempotencyKey ?? throw new ArgumentNullException(nameof(idempotencyKey)), options, shownPath);

        /// <summary>
        /// A DELETE of <paramref name="path"/>, with no body and no idempotency key: repeating it is
        /// safe as it is. A repeat after an attempt that went unanswered may find the thing already
        /// deleted by that attempt; reading that answer is the operation's (see <see cref="UnansweredAttempts"/>).
        /// </summary>
        public static ApiCall Delete(string path, TossRequestOptions? options, string? shownPath = null) =>
            new(HttpMethod.Delete, path, null, null, options, shownPath);

        public HttpMethod Method { get; }

        /// <summary>The path relative to the API's address, as requested.</summary>
        public string Path { get; }

        /// <summary>The path for messages and logs: <see cref="Path"/> with any secret in it masked (a billing key).</summary>
        public string ShownPath { get; }

        /// <summary>The JSON body of a POST; null for a GET or a DELETE.</summary>
        public byte[]? Body { get; }

        /// <summary>The <c>Idempotency-Key</c> of a POST; null for a GET or a DELETE.</summary>
        public string? IdempotencyKey { get; }

        public TossRequestOptions? Options { get; }

        public bool IsChange => Method != HttpMethod.Get;

        /// <summary>
        /// How many attempts got no answer (no connection, a broken one, a timeout). For a change,
        /// one is enough to make its outcome unknown: the API may have acted on it.
        /// </summary>
        public int UnansweredAttempts => Volatile.Read(ref _unansweredAttempts);

        /// <summary>Whether the retries of a change sent with a key ended on the same server error twice in a row: the API may be replaying it for the key.</summary>
        public bool ServerErrorRepeated { get; private set; }

        public void CountUnanswered() => Interlocked.Increment(ref _unansweredAttempts);

        public void MarkServerErrorRepeated() => ServerErrorRepeated = true;
    }
}
