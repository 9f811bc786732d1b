using System;
using System.Net.Http;
using System.Threading;

namespace TossPayments.Http
{
    /// <summary>
    /// What one API call's attempts share between the transport and the retry handler: where
    /// attempt lines go, whom a 429 concerns, and whether any attempt went unanswered. It rides on
    /// the request as one typed option.
    /// </summary>
    internal sealed class RequestContext
    {
        private static readonly HttpRequestOptionsKey<RequestContext> Key = new(nameof(RequestContext));
        private int _unansweredAttempts;

        public RequestContext(TossRequestOptions? options, TimeSpan timeout)
        {
            Log = options?.Log;
            OnRateLimited = options?.OnRateLimited;
            Timeout = timeout;
        }

        /// <summary>How long each attempt may take: the timeout of the request's kind.</summary>
        public TimeSpan Timeout { get; }

        /// <summary>Receives one line per attempt.</summary>
        public Action<string>? Log { get; }

        /// <summary>Told of every 429.</summary>
        public Action? OnRateLimited { get; }

        /// <summary>
        /// How many attempts got no answer (no connection, a broken one, a timeout). For a change,
        /// one is enough to make its outcome unknown: the API may have acted on it.
        /// </summary>
        public int UnansweredAttempts => Volatile.Read(ref _unansweredAttempts);

        public static RequestContext Of(HttpRequestMessage request) =>
            request.Options.TryGetValue(Key, out var context) ? context : new RequestContext(null, TossTimeouts.DefaultLookup);

        public void AttachTo(HttpRequestMessage request) => request.Options.Set(Key, this);

        public void CountUnanswered() => Interlocked.Increment(ref _unansweredAttempts);

        /// <summary>Whether a change got the same server error twice in a row for its key.</summary>
        public bool ServerErrorRepeated { get; private set; }

        public void MarkServerErrorRepeated() => ServerErrorRepeated = true;
    }
}
