using System;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// <c>Idempotency-Key</c> on POSTs as the API does it (API notes §1): the first answer for a
    /// (key, secret key, path, method) is kept for 15 days and replayed to every repeat, with
    /// nothing done again; a repeat while the first is still running gets 409
    /// IDEMPOTENT_REQUEST_PROCESSING; a key over 300 characters is 400 INVALID_IDEMPOTENCY_KEY.
    /// Temporary refusals (429, 5xx, FORBIDDEN_CONSECUTIVE_REQUEST…) are not kept, so the retry does the work.
    /// </summary>
    internal sealed class IdempotencyFilter(TimeProvider clock) : IEndpointFilter
    {
        private static readonly TimeSpan Validity = TimeSpan.FromDays(15);
        private readonly ConcurrentDictionary<string, Entry> _entries = new();

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
        {
            var context = invocation.HttpContext;
            var key = context.IdempotencyKey();
            if (key is null)
            {
                return await next(invocation);
            }

            if (key.Length is 0 or > 300)
            {
                return context.Answer(ApiError.Of("INVALID_IDEMPOTENCY_KEY"));
            }

            var scope = string.Join('\n', key, context.ApiKey(), context.Request.Path.Value, context.Request.Method);
            var now = clock.GetUtcNow();
            var mine = new Entry(now);
            var entry = _entries.AddOrUpdate(scope, mine, (_, old) => old.Response is not null && now - old.At > Validity ? mine : old);
            if (!ReferenceEquals(entry, mine))
            {
                return entry.Response ?? context.Answer(ApiError.Of("IDEMPOTENT_REQUEST_PROCESSING"));
            }

            object? result = null;
            try
            {
                result = await next(invocation);
                return result;
            }
            finally
            {
                if (result is SandboxResponse { IsFinal: true } response)
                {
                    mine.Response = response;
                }
                else
                {
                    _entries.TryRemove(scope, out _);
                }
            }
        }

        private sealed class Entry(DateTimeOffset at)
        {
            public DateTimeOffset At { get; } = at;

            public volatile SandboxResponse? Response;
        }
    }
}
