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
    /// Issuing a billing key by card number ("key-in", API notes §10): <c>POST /v1/billing/authorizations/card</c>
    /// checks the card by <see cref="KeyInRules"/> on the sandbox clock and answers the Billing
    /// object, the card number masked. No answer and no log line repeats the card number, its
    /// password or the customer's birth date.
    /// </summary>
    internal static class BillingKeyInEndpoints
    {
        public static void MapBillingKeyInEndpoints(this IEndpointRouteBuilder app, IdempotencyFilter idempotency, FaultFilter faults) =>
            app.MapPost("/v1/billing/authorizations/card", IssueAsync).AddEndpointFilter(faults).AddEndpointFilter(idempotency);

        private static async Task<SandboxResponse> IssueAsync(HttpContext context, BillingRegistry billing, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.KeyInBody);
            if (body is not { CustomerKey: { } customerKey, CardNumber: { } number, CustomerIdentityNumber: not null, CardExpirationYear: not null, CardExpirationMonth: not null })
            {
                return context.Answer(ApiError.InvalidRequest(
                    "customerKey, cardNumber, cardExpirationYear, cardExpirationMonth, customerIdentityNumber가 필요합니다. (customerKey, cardNumber, cardExpirationYear, cardExpirationMonth and customerIdentityNumber are required)"));
            }

            var card = KeyInRules.CardOf(number);
            var refusal =
                !BillingEndpoints.IsCustomerKey(customerKey) ? "INVALID_CUSTOMER_KEY"
                : card is null ? "INVALID_CARD_NUMBER"
                : !KeyInRules.IsValidThrough(body.CardExpirationYear, body.CardExpirationMonth, clock.KoreaNow) ? "INVALID_CARD_EXPIRATION"
                : body.CardPassword is not null && !KeyInRules.IsPassword(body.CardPassword) ? "INVALID_CARD_PASSWORD"
                : !KeyInRules.IsIdentity(body.CustomerIdentityNumber) ? "INVALID_BIRTH_DAY_FORMAT"
                : body.CustomerEmail is not null && !KeyInRules.IsEmail(body.CustomerEmail) ? "INVALID_EMAIL"
                : body.CustomerName is { Length: 0 or > 100 } ? "INVALID_REQUEST"
                : null;
            if (refusal is not null)
            {
                return context.Answer(ApiError.Of(refusal));
            }

            var resource = BillingRenderer.Render(billing.IssueByCard(customerKey, clock.KoreaNow), card!, KeyInRules.Mask(number));
            return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(resource, SandboxJsonContext.Wire.BillingResource));
        }
    }
}
