using System;
using System.Net.Http;

namespace TossPayments.Http
{
    /// <summary>
    /// When a request is tried again, and after how long (API notes §5). A GET, a POST that
    /// carries an <c>Idempotency-Key</c>, and a DELETE (what is deleted stays deleted; API notes §10)
    /// are repeated after a connection failure, a timeout, 409, 429, a 5xx, or a 4xx whose code API
    /// notes §4 class as temporary (<c>PROVIDER_ERROR</c>, <c>FORBIDDEN_CONSECUTIVE_REQUEST</c>…);
    /// the same key goes with every attempt of a POST, so the API acts at most once. Final codes are never repeated. The wait doubles from
    /// <see cref="TossPaymentsClientOptions.RetryBaseDelay"/> with jitter, a <c>Retry-After</c>
    /// answer is honoured up to <see cref="TossPaymentsClientOptions.MaxRetryDelay"/>, and no attempt
    /// starts once <see cref="TossPaymentsClientOptions.MaxRetryDuration"/> would be passed.
    /// </summary>
    internal static class RetryPolicy
    {
        /// <summary>The header that makes a POST safe to repeat.</summary>
        public const string IdempotencyKeyHeader = "Idempotency-Key";

        /// <summary>Whether an answer with this status is worth another attempt, whatever its code.</summary>
        public static bool IsRetryableStatus(int statusCode) => statusCode == 409 || statusCode == 429 || statusCode >= 500;

        /// <summary>Whether an answer is worth another attempt: a retryable status, or a temporary code.</summary>
        public static bool IsRetryable(int statusCode, string? code) =>
            IsRetryableStatus(statusCode)
            || (statusCode >= 400 && code != null && ApiErrorCatalog.Classify(code, statusCode) == TossErrorClass.Temporary);

        /// <summary>
        /// The least time between two changes of one payment: the API refuses a second cancel of
        /// the same payment within one second (<c>FORBIDDEN_CONSECUTIVE_REQUEST</c>), so the client
        /// spaces them by this much, and waits this long before repeating such a refusal.
        /// </summary>
        public static readonly TimeSpan SamePaymentInterval = TimeSpan.FromSeconds(1.1);

        /// <summary>The least wait before repeating an answer with this code.</summary>
        public static TimeSpan MinimumWait(string? code) =>
            code == "FORBIDDEN_CONSECUTIVE_REQUEST" ? SamePaymentInterval : TimeSpan.Zero;

        /// <summary>The wait before retry number <paramref name="retry"/> (1 for the first), given a jitter draw in [0, 1).</summary>
        public static TimeSpan Backoff(int retry, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
        {
            var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Max(0, retry - 1));
            var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);

            // "Equal jitter": at least half the step, so retries stay spread out but never bunch at zero.
            return TimeSpan.FromMilliseconds((capped / 2) + (capped / 2 * jitter));
        }

        /// <summary>The wait the server asked for, capped at <paramref name="maxDelay"/>; null when it did not say.</summary>
        public static TimeSpan? Capped(TimeSpan? retryAfter, TimeSpan maxDelay) =>
            retryAfter > maxDelay ? maxDelay : retryAfter;
    }
}
