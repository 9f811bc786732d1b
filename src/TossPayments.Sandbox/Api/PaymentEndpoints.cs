using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
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
    /// <summary>The four payment endpoints of API notes §2, and the virtual-account issue of §7.</summary>
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

            app.MapPost("/v1/virtual-accounts", IssueVirtualAccountAsync).AddEndpointFilter(faults).AddEndpointFilter(idempotency);
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

        // POST /v1/virtual-accounts: every value checked first (API notes §7), so a refusal makes nothing.
        private static async Task<SandboxResponse> IssueVirtualAccountAsync(HttpContext context, PaymentStore store, SandboxClock clock)
        {
            var body = await ReadAsync(context, SandboxJsonContext.Wire.VirtualAccountBody);
            if (body is not { OrderId: { } orderId, OrderName: { Length: >= 1 and <= 100 } orderName, Amount: { } amount, CustomerName: { Length: >= 1 and <= 100 } customerName, Bank: { } bank }
                || !IsOrderId(orderId) || amount < 1 || amount != decimal.Truncate(amount)
                || body.TaxFreeAmount is < 0 || body.TaxFreeAmount > amount
                || body.CustomerEmail is { Length: > 100 } || body.CustomerMobilePhone is { } phone && (phone.Length is < 8 or > 15 || !phone.All(char.IsAsciiDigit)))
            {
                return context.Answer(ApiError.InvalidRequest(
                    "orderId(6-64자), orderName(1-100자), amount(1원 이상 정수), customerName(1-100자), bank가 필요합니다. (orderId, orderName, a whole amount, customerName and bank are required and must be valid)"));
            }

            if (!IssuingBanks.Contains(bank))
            {
                return context.Answer(ApiError.Of("INVALID_BANK"));
            }

            var now = clock.KoreaNow;
            DateTimeOffset due;
            switch (body)
            {
                case { ValidHours: not null, DueDate: not null }:
                    return context.Answer(ApiError.Of("INVALID_VALID_HOURS_WITH_DUE_DATE_AND_SINGLE"));
                case { ValidHours: { } hours } when hours is < 1 or > 2160:
                    return context.Answer(ApiError.Of("EXCEED_MAX_VALID_HOURS"));
                case { ValidHours: { } hours }:
                    due = now.AddHours(hours);
                    break;
                case { DueDate: { } text }:
                    // Korea time with no offset, as the API documents it.
                    if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                    {
                        return context.Answer(ApiError.InvalidRequest("dueDate는 yyyy-MM-dd'T'HH:mm:ss 형식입니다. (dueDate is yyyy-MM-dd'T'HH:mm:ss, Korea time)"));
                    }

                    due = new DateTimeOffset(local, SandboxClock.Korea);
                    if (due <= now || due > now.AddDays(90))
                    {
                        return context.Answer(ApiError.Of("EXCEED_MAX_DUE_DATE"));
                    }

                    break;
                default:
                    due = now.AddHours(168);
                    break;
            }

            var payment = store.Checkout(new Order(orderId, orderName, amount, body.TaxFreeAmount ?? 0m, "VIRTUAL_ACCOUNT"), now, authenticated: true);
            return payment is null
                ? context.Answer(ApiError.Of("DUPLICATED_ORDER_ID"))
                : Commit(context, store, payment, ChangeKind.Issue, now, (p, at) => PaymentRules.IssueVirtualAccount(p, bank, customerName, due.ToOffset(SandboxClock.Korea), at));
        }

        // The banks that issue virtual accounts (API notes §7).
        private static readonly HashSet<string> IssuingBanks = ["39", "34", "06", "03", "11", "31", "32", "45", "07", "88", "20", "71", "37", "89", "81"];

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
