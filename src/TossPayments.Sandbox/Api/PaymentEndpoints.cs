using System;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>The four payment endpoints of API notes §2.</summary>
    internal static class PaymentEndpoints
    {
        public static void MapPaymentEndpoints(this IEndpointRouteBuilder app, IdempotencyFilter idempotency, FaultFilter faults)
        {
            // Group filters run outside endpoint filters: faults wrap idempotency, as a network wraps a server.
            var payments = app.MapGroup("/v1/payments");
            payments.AddEndpointFilter(faults);

            payments.MapGet("/{paymentKey}", (HttpContext context, string paymentKey, PaymentStore store, SandboxClock clock) =>
                Show(context, store, store.Find(paymentKey), clock));

            payments.MapGet("/orders/{orderId}", (HttpContext context, string orderId, PaymentStore store, SandboxClock clock) =>
                Show(context, store, store.FindByOrderId(orderId), clock));

            payments.MapPost("/confirm", ConfirmAsync).AddEndpointFilter(idempotency);
            payments.MapPost("/{paymentKey}/cancel", CancelAsync).AddEndpointFilter(idempotency);
        }

        private static SandboxResponse Show(HttpContext context, PaymentStore store, SandboxPayment? payment, SandboxClock clock)
        {
            if (payment is null)
            {
                return context.Answer(ApiError.Of("NOT_FOUND_PAYMENT"));
            }

            lock (payment)
            {
                store.CatchUp(payment, clock.KoreaNow);
                return SandboxResponse.Ok(PaymentRenderer.Render(payment, context.WantsEnglish()));
            }
        }

        private static async Task<SandboxResponse> ConfirmAsync(HttpContext context, PaymentStore store, SandboxClock clock, SandboxOptions options)
        {
            var body = await ReadAsync(context, SandboxJsonContext.Wire.ConfirmBody);
            if (body is not { PaymentKey: { Length: > 0 and <= 200 } key, OrderId: { } orderId, Amount: { } amount } || amount < 1 || !IsOrderId(orderId))
            {
                return context.Answer(ApiError.InvalidRequest(
                    "paymentKey(1-200자), orderId(6-64자, 영문 대소문자·숫자·-·_), amount(1 이상)가 필요합니다. (paymentKey, orderId and amount are required and must be valid)"));
            }

            var payment = store.Find(key);
            if (payment is null)
            {
                return context.Answer(ApiError.Of("NOT_FOUND_PAYMENT"));
            }

            var command = new ConfirmCommand(key, orderId, amount);
            return Commit(context, store, payment, ChangeKind.Confirm, clock.KoreaNow, (p, now) => PaymentRules.Confirm(p, command, now, options.ReadyConfirmCode));
        }

        private static async Task<SandboxResponse> CancelAsync(HttpContext context, string paymentKey, PaymentStore store, SandboxClock clock, SandboxOptions options)
        {
            var body = await ReadAsync(context, SandboxJsonContext.Wire.CancelBody);
            if (body is null)
            {
                return context.Answer(ApiError.InvalidRequest("요청 본문이 올바른 JSON이 아닙니다. (the body is not valid JSON)"));
            }

            var payment = store.Find(paymentKey);
            if (payment is null)
            {
                return context.Answer(ApiError.Of("NOT_FOUND_PAYMENT"));
            }

            var account = body.RefundReceiveAccount is { } a ? (a.Bank ?? "", a.AccountNumber ?? "", a.HolderName ?? "") : ((string, string, string)?)null;
            var command = new CancelCommand(body.CancelReason ?? "", body.CancelAmount, body.TaxFreeAmount, body.Currency, body.RefundableAmount, account);
            return Commit(context, store, payment, ChangeKind.Cancel, clock.KoreaNow, (p, now) => PaymentRules.Cancel(p, command, now, options.OneCancelPerSecond));
        }

        // Brings the payment up to now, applies a change under its lock, writes it to the ledger and renders the result.
        internal static SandboxResponse Commit(HttpContext context, PaymentStore store, SandboxPayment payment, ChangeKind kind, DateTimeOffset now,
            Func<SandboxPayment, DateTimeOffset, ApiError?> change)
        {
            lock (payment)
            {
                store.CatchUp(payment, now);
                var (balanceBefore, statusBefore) = (payment.BalanceAmount, payment.Status);
                var error = change(payment, now);
                if (error is not null)
                {
                    // A refusal can end a payment too (a declined card: ABORTED).
                    store.Observe(payment, statusBefore, now);
                    return context.Answer(error);
                }

                // A confirm moves no balance, so its ledger amount is the payment's total; a cancel's is what it took back.
                var amount = kind == ChangeKind.Cancel ? balanceBefore - payment.BalanceAmount : payment.TotalAmount;
                store.Record(kind, payment, amount, context.IdempotencyKey(), now);
                return SandboxResponse.Ok(PaymentRenderer.Render(payment, context.WantsEnglish()));
            }
        }

        internal static async Task<T?> ReadAsync<T>(HttpContext context, JsonTypeInfo<T> type)
            where T : class
        {
            try
            {
                return await JsonSerializer.DeserializeAsync(context.Request.Body, type, context.RequestAborted);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        internal static bool IsOrderId(string orderId) =>
            orderId.Length is >= 6 and <= 64 && orderId.AsSpan().IndexOfAnyExcept(OrderIdChars) < 0;

        private static readonly System.Buffers.SearchValues<char> OrderIdChars =
            System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
    }
}
