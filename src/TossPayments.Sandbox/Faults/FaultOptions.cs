using System;

namespace TossPayments.Sandbox.Faults
{
    /// <summary>
    /// Faults the sandbox injects into <c>/v1</c> calls, for measuring retries and speed. Rates are
    /// fractions from 0 to 1; all are off by default. A running sandbox reads them at each request.
    /// </summary>
    public sealed class FaultOptions
    {
        /// <summary>The seed of the fault plan: the same seed gives the same faults to the same requests.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>Added to every answer.</summary>
        public TimeSpan Latency { get; set; }

        /// <summary>A random extra of up to this much on top of <see cref="Latency"/>.</summary>
        public TimeSpan Jitter { get; set; }

        /// <summary>The share of calls answered 500 FAILED_INTERNAL_SYSTEM_PROCESSING before any work is done.</summary>
        public double ServerErrorRate { get; set; }

        /// <summary>The share of calls answered 429 TOO_MANY_REQUESTS before any work is done.</summary>
        public double RateLimitRate { get; set; }

        /// <summary>
        /// The <c>Retry-After</c> seconds sent with an injected 429; none by default, since the API
        /// does not promise the header, so clients are tested on their own backoff.
        /// </summary>
        public int? RetryAfterSeconds { get; set; }

        /// <summary>
        /// Whether an injected 500 to a request with an <c>Idempotency-Key</c> is kept and answered
        /// to every repeat of that key, as the API may (it documents neither way): the key is then
        /// spent, and only a lookup tells the caller what happened. Off by default.
        /// </summary>
        public bool ReplayServerErrors { get; set; }

        /// <summary>
        /// At most this many <c>/v1</c> requests a minute per secret key, on the sandbox clock; the
        /// rest are answered 429 TOO_MANY_REQUESTS before any work. The test mode's 100 a minute is
        /// reported by secondary sources only, so it is off by default.
        /// </summary>
        public int? RequestsPerMinute { get; set; }

        /// <summary>The share of calls whose work is committed and whose answer is then lost: the connection is dropped.</summary>
        public double LostResponseRate { get; set; }

        /// <summary>The share of calls whose work is committed and whose answer is then held back by <see cref="SlowResponseDelay"/>.</summary>
        public double SlowResponseRate { get; set; }

        /// <summary>How long a slow answer is held back (long enough to pass a client's timeout).</summary>
        public TimeSpan SlowResponseDelay { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>Whether any fault is switched on.</summary>
        public bool Any =>
            Latency > TimeSpan.Zero || Jitter > TimeSpan.Zero || ServerErrorRate > 0 || RateLimitRate > 0 || LostResponseRate > 0 || SlowResponseRate > 0
            || RequestsPerMinute is not null;
    }
}
