using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Json;

namespace TossPayments.Sandbox.Api
{
    /// <summary>
    /// The read endpoints for reconciliation (API notes §6): transactions by time with a cursor,
    /// settlements by day with pages. Both take the same fault injection as the payment endpoints.
    /// </summary>
    internal static class ReportEndpoints
    {
        /// <summary>The most items one page may ask for.</summary>
        public const int MaxPageSize = 5000;

        private const int DefaultPageSize = 100;
        // Local date-times without an offset, as the API takes them; a date alone is its midnight.
        private static readonly string[] DateTimeFormats = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

        public static void MapReportEndpoints(this IEndpointRouteBuilder app, FaultFilter faults)
        {
            app.MapGet("/v1/transactions", ListTransactions).AddEndpointFilter(faults);
            app.MapGet("/v1/settlements", ListSettlements).AddEndpointFilter(faults);
        }

        private static SandboxResponse ListTransactions(HttpContext context, PaymentStore store)
        {
            var query = context.Request.Query;
            if (!TryKoreaTime(query["startDate"], out var start) || !TryKoreaTime(query["endDate"], out var end))
            {
                return context.Answer(ApiError.InvalidRequest(
                    "startDate와 endDate는 yyyy-MM-ddTHH:mm:ss 형식(오프셋 없음)이어야 합니다. (startDate and endDate are required as local date-times without an offset, e.g. 2022-01-01T00:00:00)"));
            }

            if (start > end)
            {
                return context.Answer(ApiError.InvalidRequest("startDate가 endDate보다 늦습니다. (startDate is after endDate)"));
            }

            if (!TryPageSize(query["limit"], MaxPageSize, out var limit))
            {
                return context.Answer(ApiError.InvalidRequest($"limit은 1 이상 {MaxPageSize} 이하여야 합니다. (limit must be from 1 to {MaxPageSize})"));
            }

            var startingAfter = query["startingAfter"].ToString();
            var page = store.Transactions.Page(start, end, startingAfter.Length == 0 ? null : startingAfter, limit);
            if (page is null)
            {
                return context.Answer(new ApiError(400, "INVALID_TRANSACTION_KEY", "잘못된 페이징 키 입니다."));
            }

            var english = context.WantsEnglish();
            var body = page.Select(t => ReportRenderer.Render(t, english)).ToList();
            return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Wire.ListTransactionResource));
        }

        private static SandboxResponse ListSettlements(HttpContext context, PaymentStore store)
        {
            var query = context.Request.Query;
            if (!TryDate(query["startDate"], out var startDate) || !TryDate(query["endDate"], out var endDate) || startDate > endDate)
            {
                return context.Answer(ApiError.InvalidRequest(
                    "startDate와 endDate는 yyyy-MM-dd 형식이어야 합니다. (startDate and endDate are required as yyyy-MM-dd, startDate first)"));
            }

            var dateType = query["dateType"].ToString();
            if (dateType is not ("" or "soldDate" or "paidOutDate"))
            {
                return context.Answer(ApiError.InvalidRequest("dateType은 soldDate 또는 paidOutDate여야 합니다. (dateType must be soldDate or paidOutDate)"));
            }

            var pageText = query["page"].ToString();
            var page = 1;
            if (pageText.Length > 0 && (!int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1))
            {
                return context.Answer(ApiError.InvalidRequest("page는 1 이상이어야 합니다. (page must be 1 or more)"));
            }

            if (!TryPageSize(query["size"], MaxPageSize, out var size))
            {
                return context.Answer(ApiError.InvalidRequest($"size는 1 이상 {MaxPageSize} 이하여야 합니다. (size must be from 1 to {MaxPageSize})"));
            }

            var english = context.WantsEnglish();
            var body = Settlements(store, startDate, endDate, byPayOut: dateType == "paidOutDate")
                .Skip((int)Math.Min(int.MaxValue, (long)(page - 1) * size))
                .Take(size)
                .Select(s => ReportRenderer.Render(s, english))
                .ToList();
            return new SandboxResponse(StatusCodes.Status200OK, JsonSerializer.SerializeToUtf8Bytes(body, SandboxJsonContext.Wire.ListSettlementResource));
        }

        // The settled transactions whose sale (or payout) day is in the window, in that day's order.
        private static IEnumerable<SandboxSettlement> Settlements(PaymentStore store, DateOnly startDate, DateOnly endDate, bool byPayOut)
        {
            var soldFrom = byPayOut ? startDate.AddDays(-SettlementRules.MaxPayOutDelayDays) : startDate;
            var sales = store.Transactions.Between(Midnight(soldFrom), Midnight(endDate.AddDays(1)).AddTicks(-1))
                .Where(t => t.IsSettled)
                .Select(SettlementRules.Of);
            return byPayOut
                ? sales.Where(s => s.PaidOutDate >= startDate && s.PaidOutDate <= endDate).OrderBy(s => s.PaidOutDate)
                : sales;
        }

        private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), SandboxClock.Korea);

        private static bool TryKoreaTime(string? text, out DateTimeOffset time)
        {
            var ok = DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local);
            time = ok ? new DateTimeOffset(local, SandboxClock.Korea) : default;
            return ok;
        }

        internal static bool TryDate(string? text, out DateOnly date) =>
            DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

        // A page size from the query: absent, the API's default; else 1 to the list's largest.
        internal static bool TryPageSize(string? text, int maxPageSize, out int size)
        {
            if (string.IsNullOrEmpty(text))
            {
                size = DefaultPageSize;
                return true;
            }

            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out size) && size >= 1 && size <= maxPageSize;
        }
    }
}
