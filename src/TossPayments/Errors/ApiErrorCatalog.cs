using System;
using System.Collections.Generic;

namespace TossPayments
{
    /// <summary>
    /// The retry class of each API error code (API notes §4). Codes not listed are classed by
    /// their HTTP status: 5xx and 409 unclear or temporary, 429 temporary, the rest final.
    /// </summary>
    internal static class ApiErrorCatalog
    {
        private static readonly Dictionary<string, TossErrorClass> Classes = new Dictionary<string, TossErrorClass>(StringComparer.Ordinal)
        {
            ["PROVIDER_ERROR"] = TossErrorClass.Temporary,
            ["CARD_PROCESSING_ERROR"] = TossErrorClass.Temporary,
            ["NOT_AVAILABLE_PAYMENT"] = TossErrorClass.Temporary,
            ["NOT_AVAILABLE_BANK"] = TossErrorClass.Temporary,
            ["FORBIDDEN_CONSECUTIVE_REQUEST"] = TossErrorClass.Temporary,
            ["IDEMPOTENT_REQUEST_PROCESSING"] = TossErrorClass.Temporary,
            ["ALREADY_PROCESSED_PAYMENT"] = TossErrorClass.Verify,
            ["UNAPPROVED_ORDER_ID"] = TossErrorClass.Verify,
            ["ALREADY_CANCELED_PAYMENT"] = TossErrorClass.Verify,
            ["ALREADY_REFUND_PAYMENT"] = TossErrorClass.Verify,
            ["NOT_MATCHES_REFUNDABLE_AMOUNT"] = TossErrorClass.Verify,
            ["NOT_CANCELABLE_AMOUNT"] = TossErrorClass.Verify,
            ["NOT_CANCELABLE_PAYMENT"] = TossErrorClass.Verify,
            ["UNKNOWN_PAYMENT_ERROR"] = TossErrorClass.Verify,

            // A success the client could not read: a confirm or cancel was most likely made.
            [TossClientCodes.UnreadableAnswer] = TossErrorClass.Verify,
        };

        /// <summary>Codes that mean the secret key itself was refused.</summary>
        internal static readonly HashSet<string> AuthenticationCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "UNAUTHORIZED_KEY", "INVALID_API_KEY", "INVALID_CLIENT_KEY", "INCORRECT_BASIC_AUTH_FORMAT",
        };

        /// <summary>
        /// Codes that refuse a paging key the API handed out itself (API notes §8d): the
        /// transactions list answers <c>INVALID_TRANSACTION_KEY</c>, the error list documents
        /// <c>INVALID_PAGING_KEY</c>, both "잘못된 페이징 키 입니다.".
        /// </summary>
        internal static readonly HashSet<string> PagingKeyCodes = new HashSet<string>(StringComparer.Ordinal)
        {
            "INVALID_PAGING_KEY", "INVALID_TRANSACTION_KEY",
        };

        internal static TossErrorClass Classify(string code, int statusCode) =>
            Classes.TryGetValue(code, out var known) ? known
            : statusCode >= 500 ? TossErrorClass.Verify
            : statusCode == 429 || statusCode == 409 ? TossErrorClass.Temporary
            : TossErrorClass.Final;

        internal static TossPaymentsApiException Create(int statusCode, string code, string message, string method, string path, TimeSpan? retryAfter) =>
            statusCode == 401 || AuthenticationCodes.Contains(code) ? new TossPaymentsAuthenticationException(statusCode, code, message, method, path)
            : statusCode == 404 ? new TossPaymentsNotFoundException(statusCode, code, message, method, path)
            : statusCode == 429 ? new TossPaymentsRateLimitException(statusCode, code, message, method, path, retryAfter)
            : new TossPaymentsApiException(statusCode, code, message, method, path);
    }
}
