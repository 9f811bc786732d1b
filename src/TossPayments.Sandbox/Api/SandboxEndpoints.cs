using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// The sandbox's own endpoints, for tests, benchmarks and users driving a sandbox in another
    /// process: the ledger of committed changes, the request count, the clock, and a customer's
    /// deposit into a virtual account. Outside <c>/v1</c>, so no key is needed and no fault is
    /// injected.
    /// </summary>
    internal static class SandboxEndpoints
    {
        public static void MapSandboxEndpoints(this IEndpointRouteBuilder app)
        {
            app.MapGet("/sandbox/ledger", (PaymentStore store) =>
                new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(store.Ledger.Entries, SandboxJsonContext.Wire.IReadOnlyListLedgerEntry)));

            app.MapGet("/sandbox/requests", (RequestJournal journal) =>
                new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(new RequestCount(journal.Count), SandboxJsonContext.Wire.RequestCount)));

            app.MapGet("/sandbox/clock", (SandboxClock clock) => Time(clock.KoreaNow));
            app.MapPost("/sandbox/clock", MoveClockAsync);

            app.MapPost("/sandbox/virtual-accounts/{paymentKey}/deposit", (HttpContext context, string paymentKey, PaymentStore store, SandboxClock clock) =>
                store.Find(paymentKey) is { } payment
                    ? PaymentEndpoints.Commit(context, store, payment, "Deposit", clock.KoreaNow, PaymentRules.Deposit)
                    : context.Answer(ApiError.Of("NOT_FOUND_PAYMENT")));
        }

        // {"advanceSeconds": 600} moves the clock on by ten minutes; {"now": "2026-12-01T09:00:00+09:00"} moves it to a time.
        private static async Task<SandboxResponse> MoveClockAsync(HttpContext context, SandboxClock clock)
        {
            ClockBody? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync(context.Request.Body, SandboxJsonContext.Wire.ClockBody, context.RequestAborted);
            }
            catch (JsonException)
            {
                body = null;
            }

            try
            {
                return body switch
                {
                    { AdvanceSeconds: { } seconds, Now: null } when double.IsFinite(seconds) => Time(clock.Advance(TimeSpan.FromSeconds(seconds))),
                    { AdvanceSeconds: null, Now: { } to } => Time(clock.Set(to)),
                    _ => context.Answer(ApiError.InvalidRequest("advanceSeconds(초) 또는 now(ISO 8601 시각) 중 하나가 필요합니다. (give advanceSeconds or now, not both)")),
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                return context.Answer(ApiError.InvalidRequest($"샌드박스 시계는 앞으로만 갑니다. 현재: {clock.KoreaNow:yyyy-MM-dd'T'HH:mm:sszzz} (the sandbox clock only moves forward)"));
            }
        }

        private static SandboxResponse Time(DateTimeOffset now) =>
            new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(new ClockTime(now), SandboxJsonContext.Wire.ClockTime));
    }

    /// <summary>How many requests the sandbox has received.</summary>
    /// <param name="Count">The number.</param>
    public sealed record RequestCount(long Count);

    /// <summary>A move of the sandbox clock: forward by some seconds, or forward to a time.</summary>
    /// <param name="AdvanceSeconds">How far to move it.</param>
    /// <param name="Now">Where to move it.</param>
    public sealed record ClockBody(double? AdvanceSeconds, DateTimeOffset? Now);

    /// <summary>The sandbox clock's time, in Korea time.</summary>
    /// <param name="Now">The time.</param>
    public sealed record ClockTime(DateTimeOffset Now);
}
