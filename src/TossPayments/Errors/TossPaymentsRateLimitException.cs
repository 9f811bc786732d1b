using System;

namespace TossPayments
{
    /// <summary>The API answered 429: too many requests.</summary>
    public sealed class TossPaymentsRateLimitException : TossPaymentsApiException
    {
        /// <summary>Creates a rate-limit error.</summary>
        public TossPaymentsRateLimitException(int statusCode, string code, string apiMessage, string requestMethod, string requestPath, TimeSpan? retryAfter)
            : base(statusCode, code, apiMessage, requestMethod, requestPath)
        {
            RetryAfter = retryAfter;
        }

        /// <summary>How long the API asked to wait, if it said.</summary>
        public TimeSpan? RetryAfter { get; }
    }
}
