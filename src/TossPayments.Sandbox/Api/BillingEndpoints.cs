using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// Billing (API notes §10): issuing a billing key from a one-time auth key, charging it, and
    /// removing it. <c>POST /sandbox/billing/auth-keys</c> stands in for the customer's card
    /// registration in the billing window, which hands the auth key to the merchant's success URL.
    /// </summary>
    internal static class BillingEndpoints
    {
        public static void MapBillingEndpoints(this IEndpointRouteBuilder app, IdempotencyFilter idempotency, FaultFilter faults)
        {
            app.MapPost("/sandbox/billing/auth-keys", async (HttpContext context, BillingRegistry billing) =>
            {
                var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.AuthKeyBody);
                return body?.CustomerKey is { } customerKey && IsCustomerKey(customerKey)
                    ? new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(new AuthKeyBody(customerKey, billing.NewAuthKey(customerKey)), SandboxJsonContext.Wire.AuthKeyBody))
                    : context.Answer(ApiError.Of("INVALID_CUSTOMER_KEY"));
            });

            // {"decline": "REJECT_CARD_PAYMENT"} makes the key's card refuse charges; {"decline": null} clears it.
            app.MapPost("/sandbox/billing/{billingKey}/decline", async (HttpContext context, string billingKey, BillingRegistry billing) =>
            {
                var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.DeclineBody);
                if (billing.Find(billingKey) is null || body is null || body.Decline is not (null or "REJECT_CARD_PAYMENT" or "REJECT_CARD_COMPANY"))
                {
                    return context.Answer(ApiError.InvalidRequest("decline는 REJECT_CARD_PAYMENT, REJECT_CARD_COMPANY 또는 null입니다. (an issued billing key, and decline REJECT_CARD_PAYMENT, REJECT_CARD_COMPANY or null)"));
                }

                billing.Decline(billingKey, body.Decline);
                return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Wire.DeclineBody));
            });

            app.MapPost("/v1/billing/authorizations/issue", IssueAsync).AddEndpointFilter(faults).AddEndpointFilter(idempotency);
            app.MapPost("/v1/billing/{billingKey}", ChargeAsync).AddEndpointFilter(faults).AddEndpointFilter(idempotency);

            // No idempotency filter: the API takes Idempotency-Key on POSTs only (API notes §1), and a
            // removal needs none. A key removed before is ALREADY_REMOVED_BILLING_KEY, one never
            // issued INVALID_BILL_KEY_REQUEST, as a charge of it is (API notes §10: both choices).
            app.MapDelete("/v1/billing/{billingKey}", (HttpContext context, string billingKey, BillingRegistry billing, SandboxClock clock) =>
                billing.Remove(billingKey, clock.KoreaNow) switch
                {
                    BillingRemoval.Removed => new SandboxResponse(StatusCodes.Status200OK, []),
                    BillingRemoval.AlreadyRemoved => context.Answer(ApiError.Of("ALREADY_REMOVED_BILLING_KEY")),
                    _ => context.Answer(ApiError.Of("INVALID_BILL_KEY_REQUEST")),
                }).AddEndpointFilter(faults);
        }

        private static async Task<SandboxResponse> IssueAsync(HttpContext context, BillingRegistry billing, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.AuthKeyBody);
            if (body?.CustomerKey is not { } customerKey || !IsCustomerKey(customerKey))
            {
                return context.Answer(ApiError.Of("INVALID_CUSTOMER_KEY"));
            }

            if (body.AuthKey is not { } authKey || billing.Issue(authKey, customerKey, clock.KoreaNow) is not { } key)
            {
                return context.Answer(ApiError.Of("INVALID_BILLING_AUTH"));
            }

            // The billing window's card: the reference's sample.
            var resource = BillingRenderer.Render(key, KeyInRules.Cards["433012"], "43301234****123*");
            return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(resource, SandboxJsonContext.Wire.BillingResource));
        }

        private static async Task<SandboxResponse> ChargeAsync(HttpContext context, string billingKey, BillingRegistry billing, PaymentStore store, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.ChargeBody);
            if (body is not { CustomerKey: { } customerKey, Amount: { } amount, OrderId: { } orderId, OrderName: { Length: >= 1 and <= 100 } orderName }
                || !PaymentEndpoints.IsOrderId(orderId) || amount < 1 || amount != decimal.Truncate(amount) || body.TaxFreeAmount is < 0 || body.TaxFreeAmount > amount)
            {
                return context.Answer(ApiError.InvalidRequest(
                    "customerKey, amount(1원 이상 정수), orderId(6-64자), orderName(1-100자)가 필요합니다. (customerKey, a whole amount, orderId and orderName are required)"));
            }

            if (billing.Find(billingKey) is not { } key)
            {
                // A removed key: the code third-party code expects of a charge of one (API notes §10).
                return context.Answer(ApiError.Of(billing.RemovedAt(billingKey) is null ? "INVALID_BILL_KEY_REQUEST" : "ALREADY_REMOVED_BILLING_KEY"));
            }

            if (key.CustomerKey != customerKey)
            {
                return context.Answer(ApiError.Of("NOT_MATCHES_CUSTOMER_KEY"));
            }

            if (billing.DeclineOf(billingKey) is { } decline)
            {
                return context.Answer(ApiError.Of(decline));
            }

            var now = clock.KoreaNow;
            var payment = store.Checkout(new Order(orderId, orderName, amount, body.TaxFreeAmount ?? 0m, "CARD"), now, authenticated: true);
            return payment is null
                ? context.Answer(ApiError.Of("DUPLICATED_ORDER_ID"))
                : PaymentEndpoints.Commit(context, store, payment, ChangeKind.Charge, now, PaymentRules.Charge);
        }

        internal static bool IsCustomerKey(string key) =>
            key.Length is >= 2 and <= 300 && key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or '.' or '@');
    }
}
