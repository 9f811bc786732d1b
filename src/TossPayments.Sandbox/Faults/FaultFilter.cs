using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Api;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Faults
{
    /// <summary>
    /// Applies the fault plan around every <c>/v1</c> endpoint: latency first; then an injected 500
    /// or 429 instead of the work; or the work, committed, followed by a dropped connection or a
    /// held-back answer. It sits outside the idempotency filter, so a lost answer is still kept for
    /// the retry that repeats the key. Under <see cref="FaultOptions.ReplayServerErrors"/> an
    /// injected 500 is kept for its key and answered to every repeat, as the API may do (API notes §8g).
    /// A request over the <see cref="RequestLimit"/> is answered 429 like an injected one.
    /// </summary>
    internal sealed class FaultFilter(FaultPlan plan, RequestLimit limit) : IEndpointFilter
    {
        // Keys whose injected 500 is replayed to every repeat, under ReplayServerErrors.
        private readonly ConcurrentDictionary<string, bool> _keysAnswered500 = new();

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
        {
            var context = invocation.HttpContext;
            var request = context.Request;
            var key = context.IdempotencyKey();
            var scope = $"{request.Method} {request.Path} {key}";
            var decision = plan.Decide(scope);
            if (decision.Delay > TimeSpan.Zero)
            {
                await Task.Delay(decision.Delay, context.RequestAborted);
            }

            var replays = key is not null && plan.Options.ReplayServerErrors;
            if (decision.ServerError || (replays && _keysAnswered500.ContainsKey(scope)))
            {
                if (replays)
                {
                    _keysAnswered500[scope] = true;
                }

                return context.Answer(ApiError.Of("FAILED_INTERNAL_SYSTEM_PROCESSING"));
            }

            if (decision.RateLimited || !limit.Admit(request.Headers.Authorization.ToString()))
            {
                if (plan.Options.RetryAfterSeconds is int seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return context.Answer(ApiError.Of("TOO_MANY_REQUESTS"));
            }

            var result = await next(invocation);
            if (decision.LoseResponse)
            {
                context.Abort();
                return Results.Empty;
            }

            if (decision.SlowResponse)
            {
                await Task.Delay(plan.Options.SlowResponseDelay, context.RequestAborted);
            }

            return result;
        }
    }
}
