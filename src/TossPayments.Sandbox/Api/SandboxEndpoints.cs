using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Json;
using TossPayments.Sandbox.Webhooks;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// The sandbox's own endpoints, for tests, benchmarks and users driving a sandbox in another
    /// process: the ledger of committed changes, the request count, the clock, a customer's
    /// checkout (a new payment to confirm) and deposit into a virtual account, webhook
    /// subscriptions and their deliveries, and payout events. Outside <c>/v1</c>, so no key is needed and no fault is
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

            app.MapGet("/sandbox/webhooks", (WebhookOutbox outbox) => Json(outbox.Subscribers.Select(u => u.ToString()).ToList(), SandboxJsonContext.Wire.ListString));
            app.MapPost("/sandbox/webhooks", SubscribeAsync);
            app.MapGet("/sandbox/webhooks/deliveries", (WebhookOutbox outbox) =>
                Json(outbox.Deliveries.Select(d => new DeliveryResource(d.TransmissionId, d.EventType, d.Url.ToString(), d.State, d.Attempts)).ToList(), SandboxJsonContext.Wire.ListDeliveryResource));
            app.MapPost("/sandbox/payouts/{payoutId}/{status}", (HttpContext context, string payoutId, string status, WebhookOutbox outbox) =>
            {
                try
                {
                    outbox.PublishPayout(payoutId, status);
                    return new SandboxResponse(StatusCodes.Status202Accepted, "{}"u8.ToArray());
                }
                catch (InvalidOperationException ex)
                {
                    return context.Answer(ApiError.InvalidRequest(ex.Message));
                }
            });

            app.MapPost("/sandbox/virtual-accounts/{paymentKey}/deposit", (HttpContext context, string paymentKey, PaymentStore store, SandboxClock clock) =>
                store.Find(paymentKey) is { } payment
                    ? PaymentEndpoints.Commit(context, store, payment, ChangeKind.Deposit, clock.KoreaNow, PaymentRules.Deposit)
                    : context.Answer(ApiError.Of("NOT_FOUND_PAYMENT")));
        }

        // {"orderId": "ORDER-A1", "amount": 15000} makes a card payment that waits for its confirm;
        // "method", "orderName", "taxFreeAmount", "authenticated": false (READY) and "decline" (the
        // card company's refusal its confirm meets, leaving it ABORTED) are optional.
        private static async Task<SandboxResponse> CheckoutAsync(HttpContext context, PaymentStore store, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.CheckoutBody);
            var taxFree = body?.TaxFreeAmount ?? 0m;
            if (body is not { OrderId: { } orderId, Amount: { } amount } || !PaymentEndpoints.IsOrderId(orderId)
                || amount < 100 || amount != decimal.Truncate(amount) || taxFree < 0 || taxFree > amount || taxFree != decimal.Truncate(taxFree)
                || body.Method is not (null or "CARD" or "EASY_PAY" or "TRANSFER" or "VIRTUAL_ACCOUNT")
                || body.OrderName is { Length: 0 or > 100 }
                || body.Decline is not (null or "REJECT_CARD_PAYMENT" or "REJECT_CARD_COMPANY") || (body.Decline is not null && body.Method is "VIRTUAL_ACCOUNT"))
            {
                return context.Answer(ApiError.InvalidRequest(
                    "orderId(6-64자, 영문 대소문자·숫자·-·_), amount(100원 이상 정수)가 필요합니다. method는 CARD, EASY_PAY, TRANSFER, VIRTUAL_ACCOUNT 중 하나, taxFreeAmount는 0 이상 amount 이하 정수, orderName은 1-100자입니다. "
                    + "decline는 REJECT_CARD_PAYMENT 또는 REJECT_CARD_COMPANY입니다(가상계좌 제외). "
                    + "(orderId and a whole amount of at least 100 are required; method is CARD, EASY_PAY, TRANSFER or VIRTUAL_ACCOUNT; decline is REJECT_CARD_PAYMENT or REJECT_CARD_COMPANY, not for a virtual account)"));
            }

            var order = new Order(orderId, body.OrderName ?? "샌드박스 주문", amount, taxFree, body.Method ?? "CARD");
            var payment = store.Checkout(order, clock.KoreaNow, body.Authenticated ?? true);
            if (payment is null)
            {
                return context.Answer(ApiError.Of("DUPLICATED_ORDER_ID"));
            }

            lock (payment)
            {
                payment.DeclineCode = body.Decline;
                return SandboxResponse.Ok(PaymentRenderer.Render(payment, context.WantsEnglish()));
            }
        }

        // {"url": "http://127.0.0.1:7071/api/toss"} adds a subscriber of every event.
        private static async Task<SandboxResponse> SubscribeAsync(HttpContext context, WebhookOutbox outbox)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.SubscriptionBody);
            if (body?.Url is not { } text || !Uri.TryCreate(text, UriKind.Absolute, out var url) || !WebhookOutbox.IsSubscriberAddress(url))
            {
                return context.Answer(ApiError.InvalidRequest("url(http 또는 https 절대 주소)가 필요합니다. (give the subscriber's absolute http or https url)"));
            }

            outbox.Subscribe(url);
            return Json(outbox.Subscribers.Select(u => u.ToString()).ToList(), SandboxJsonContext.Wire.ListString);
        }

        private static SandboxResponse Json<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
            new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(value, type));

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
    /// <param name="Decline">REJECT_CARD_PAYMENT or REJECT_CARD_COMPANY: the confirm is refused with it and the payment is ABORTED.</param>
    public sealed record CheckoutBody(string? OrderId, string? OrderName, decimal? Amount, decimal? TaxFreeAmount, string? Method, bool? Authenticated, string? Decline = null);

    /// <summary>A webhook subscription.</summary>
    /// <param name="Url">Where to send every event.</param>
    public sealed record SubscriptionBody(string? Url);

    /// <summary>A webhook delivery as the log shows it.</summary>
    /// <param name="TransmissionId">The transmission id.</param>
    /// <param name="EventType">The event type.</param>
    /// <param name="Url">The subscriber.</param>
    /// <param name="State">Pending, Delivered or Failed.</param>
    /// <param name="Attempts">Every attempt.</param>
    public sealed record DeliveryResource(string TransmissionId, string EventType, string Url, string State, System.Collections.Generic.IReadOnlyList<WebhookAttempt> Attempts);

    /// <summary>The sandbox clock's time, in Korea time.</summary>
    /// <param name="Now">The time.</param>
    public sealed record ClockTime(DateTimeOffset Now);
}
