using System;
using System.Globalization;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using TossPayments.Sandbox.Api;

namespace TossPayments.Sandbox.Faults
{
    /// <summary>
    /// Applies the fault plan around every <c>/v1</c> endpoint: latency first; then an injected 500
    /// or 429 instead of the work; or the work, committed, followed by a dropped connection or a
    /// held-back answer. It sits outside the idempotency filter, so a lost answer is still kept for
    /// the retry that repeats the key.
    /// </summary>
    internal sealed class FaultFilter(FaultPlan plan) : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
        {
            var context = invocation.HttpContext;
            var request = context.Request;
            var decision = plan.Decide($"{request.Method} {request.Path} {context.IdempotencyKey()}");
            if (decision.Delay > TimeSpan.Zero)
            {
                await Task.Delay(decision.Delay, context.RequestAborted);
            }

            if (decision.ServerError)
            {
                return context.Answer(ApiError.Of("FAILED_INTERNAL_SYSTEM_PROCESSING"));
            }

            if (decision.RateLimited)
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
