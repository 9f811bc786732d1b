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
    /// process: the ledger of committed changes, the request count, the clock, a customer's
    /// checkout (a new payment to confirm) and deposit into a virtual account. Outside <c>/v1</c>, so no key is needed and no fault is
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

            app.MapPost("/sandbox/payments", CheckoutAsync);

            app.MapPost("/sandbox/virtual-accounts/{paymentKey}/deposit", (HttpContext context, string paymentKey, PaymentStore store, SandboxClock clock) =>
                store.Find(paymentKey) is { } payment
                    ? PaymentEndpoints.Commit(context, store, payment, ChangeKind.Deposit, clock.KoreaNow, PaymentRules.Deposit)
                    : context.Answer(ApiError.Of("NOT_FOUND_PAYMENT")));
        }

        // {"orderId": "ORDER-A1", "amount": 15000} makes a card payment that waits for its confirm;
        // "method", "orderName", "taxFreeAmount" and "authenticated": false (READY) are optional.
        private static async Task<SandboxResponse> CheckoutAsync(HttpContext context, PaymentStore store, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.CheckoutBody);
            var taxFree = body?.TaxFreeAmount ?? 0m;
            if (body is not { OrderId: { } orderId, Amount: { } amount } || !PaymentEndpoints.IsOrderId(orderId)
                || amount < 100 || amount != decimal.Truncate(amount) || taxFree < 0 || taxFree > amount || taxFree != decimal.Truncate(taxFree)
                || body.Method is not (null or "CARD" or "EASY_PAY" or "TRANSFER" or "VIRTUAL_ACCOUNT")
                || body.OrderName is { Length: 0 or > 100 })
            {
                return context.Answer(ApiError.InvalidRequest(
                    "orderId(6-64자, 영문 대소문자·숫자·-·_), amount(100원 이상 정수)가 필요합니다. method는 CARD, EASY_PAY, TRANSFER, VIRTUAL_ACCOUNT 중 하나, taxFreeAmount는 0 이상 amount 이하 정수, orderName은 1-100자입니다. "
                    + "(orderId and a whole amount of at least 100 are required; method is CARD, EASY_PAY, TRANSFER or VIRTUAL_ACCOUNT)"));
            }

            var order = new Order(orderId, body.OrderName ?? "샌드박스 주문", amount, taxFree, body.Method ?? "CARD");
            var payment = store.Checkout(order, clock.KoreaNow, body.Authenticated ?? true);
            if (payment is null)
            {
                return context.Answer(ApiError.Of("DUPLICATED_ORDER_ID"));
            }

            lock (payment)
            {
                return SandboxResponse.Ok(PaymentRenderer.Render(payment, context.WantsEnglish()));
            }
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

    /// <summary>A checkout: the order to make a payment for, and how far the customer got.</summary>
    /// <param name="OrderId">The merchant's order id, unique in the sandbox.</param>
    /// <param name="OrderName">What is bought.</param>
    /// <param name="Amount">The amount, in won.</param>
    /// <param name="TaxFreeAmount">The tax-free part; none if absent.</param>
    /// <param name="Method">CARD (if absent), EASY_PAY, TRANSFER or VIRTUAL_ACCOUNT.</param>
    /// <param name="Authenticated">Whether the customer finished authenticating (IN_PROGRESS, if absent) or not (READY).</param>
    public sealed record CheckoutBody(string? OrderId, string? OrderName, decimal? Amount, decimal? TaxFreeAmount, string? Method, bool? Authenticated);

    /// <summary>The sandbox clock's time, in Korea time.</summary>
    /// <param name="Now">The time.</param>
    public sealed record ClockTime(DateTimeOffset Now);
}
