using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// Cash receipts (API notes §11): issue, cancel (whole or in part) and the list of a day's
    /// receipts by cursor, with the same fault injection and idempotency as the payment endpoints.
    /// Every value is checked first, so a refusal makes nothing.
    /// </summary>
    internal static class CashReceiptEndpoints
    {
        /// <summary>The test code that makes an issue succeed and its receipt end FAILED, instead of answering an error (§11g).</summary>
        public const string NtsErrorTestCode = "NTS_ERROR";

        /// <summary>The most receipts one page may ask for.</summary>
        public const int MaxPageSize = 10000;

        public static void MapCashReceiptEndpoints(this IEndpointRouteBuilder app, IdempotencyFilter idempotency, FaultFilter faults)
        {
            // Group filters run outside endpoint filters: faults wrap idempotency, as a network wraps a server.
            var receipts = app.MapGroup("/v1/cash-receipts");
            receipts.AddEndpointFilter(faults);
            receipts.MapPost("", IssueAsync).AddEndpointFilter(idempotency);
            receipts.MapPost("/{receiptKey}/cancel", CancelAsync).AddEndpointFilter(idempotency);
            receipts.MapGet("", List);
        }

        /// <summary>Whether a request turns <paramref name="testCode"/> into an outcome of its own rather than an error answer: NTS_ERROR on an issue.</summary>
        public static bool TakesTestCode(HttpRequest request, string testCode) =>
            testCode == NtsErrorTestCode && HttpMethods.IsPost(request.Method) && request.Path.Equals("/v1/cash-receipts", System.StringComparison.Ordinal);

        private static async Task<SandboxResponse> IssueAsync(HttpContext context, CashReceiptRegistry registry, SandboxClock clock)
        {
            var body = await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.CashReceiptBody);
            if (body?.Amount is <= 0)
            {
                return context.Answer(ApiError.Of("BELOW_ZERO_AMOUNT"));
            }

            var number = body?.CustomerIdentityNumber ?? body?.RegistrationNumber;
            if (body is not { Amount: { } amount, OrderId: { } orderId, OrderName: { Length: >= 1 and <= 100 } orderName, Type: CashReceiptRules.IncomeDeduction or CashReceiptRules.ExpenseProof }
                || !PaymentEndpoints.IsOrderId(orderId) || amount != decimal.Truncate(amount) || !CashReceiptRules.IsIdentityNumber(number)
                || body.TaxFreeAmount is < 0 || body.TaxFreeAmount > amount || body.TaxFreeAmount is { } part && part != decimal.Truncate(part))
            {
                return context.Answer(ApiError.InvalidRequest(
                    "amount(1원 이상 정수), orderId(6-64자), orderName(1-100자), type(소득공제 또는 지출증빙), customerIdentityNumber(숫자 1-30자)가 필요합니다. "
                    + "(a whole amount, orderId, orderName, type 소득공제 or 지출증빙 and customerIdentityNumber of 1 to 30 digits are required)"));
            }

            if (!CashReceiptRules.Suits(body.Type, number!))
            {
                return context.Answer(ApiError.Of("INVALID_REGISTRATION_NUMBER_TYPE"));
            }

            var now = clock.KoreaNow;
            var failsAtNts = context.Request.Headers[RequestContext.TestCodeHeader].ToString().Trim() == NtsErrorTestCode;
            var receipt = registry.Issue(new CashReceiptOrder(orderId, orderName, body.Type, amount, body.TaxFreeAmount ?? 0m, number!, failsAtNts), now);
            return receipt is null ? context.Answer(ApiError.Of("DUPLICATED_CASH_RECEIPT")) : Ok(receipt, now);
        }

        private static async Task<SandboxResponse> CancelAsync(HttpContext context, string receiptKey, CashReceiptRegistry registry, SandboxClock clock)
        {
            // No body, or one without an amount, cancels all that is left.
            var hasBody = context.Request.ContentLength is not 0 && context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody != false;
            var body = hasBody ? await PaymentEndpoints.ReadAsync(context, SandboxJsonContext.Wire.CashReceiptCancelBody) : new CashReceiptCancelBody(null);
            if (body?.Amount is <= 0)
            {
                return context.Answer(ApiError.Of("BELOW_ZERO_AMOUNT"));
            }

            if (body is null || body.Amount is { } amount && amount != decimal.Truncate(amount))
            {
                return context.Answer(ApiError.InvalidRequest("amount는 1원 이상 정수입니다. (amount, when given, is a whole number of won)"));
            }

            var now = clock.KoreaNow;
            var error = registry.Cancel(receiptKey, body.Amount, now, out var cancel);
            return error is null ? Ok(cancel!, now) : context.Answer(error);
        }

        private static SandboxResponse List(HttpContext context, CashReceiptRegistry registry, SandboxClock clock)
        {
            var query = context.Request.Query;
            if (!ReportEndpoints.TryDate(query["requestDate"], out var day))
            {
                return context.Answer(ApiError.InvalidRequest("requestDate는 yyyy-MM-dd 형식이어야 합니다. (requestDate is required, as yyyy-MM-dd)"));
            }

            if (!ReportEndpoints.TryPageSize(query["limit"], MaxPageSize, out var limit))
            {
                return context.Answer(ApiError.InvalidRequest($"limit은 1 이상 {MaxPageSize} 이하여야 합니다. (limit must be from 1 to {MaxPageSize})"));
            }

            var cursorText = query["cursor"].ToString();
            long? cursor = null;
            if (cursorText.Length > 0)
            {
                if (!long.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                {
                    return context.Answer(ApiError.Of("INVALID_PAGING_KEY"));
                }

                cursor = parsed;
            }

            if (registry.Page(day, cursor, limit) is not { } page)
            {
                return context.Answer(ApiError.Of("INVALID_PAGING_KEY"));
            }

            var now = clock.KoreaNow;
            var items = page.Items;
            var body = new CashReceiptPageResource(page.HasNext, items.Count == 0 ? null : items[^1].Cursor, items.Select(r => CashReceiptRenderer.Render(r, now)).ToList());
            return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Wire.CashReceiptPageResource));
        }

        private static SandboxResponse Ok(SandboxCashReceipt receipt, System.DateTimeOffset now) =>
            new(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(CashReceiptRenderer.Render(receipt, now), SandboxJsonContext.Wire.CashReceiptResource));
    }
}
