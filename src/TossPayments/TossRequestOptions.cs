namespace TossPayments
{
    /// <summary>Per-request settings that are sent as headers.</summary>
    public sealed class TossRequestOptions
    {
        /// <summary>
        /// The <c>Idempotency-Key</c> of a change: a confirm, cancel, charge… (at most 300
        /// characters). Reuse it to repeat the same operation safely: the API replays the first
        /// answer instead of acting twice. When left out, one is generated for the call and reused
        /// on its retries. GETs ignore it, and so does a billing key's removal (a DELETE: the API
        /// takes no key for it).
        /// </summary>
        public string? IdempotencyKey { get; set; }

        /// <summary>A <c>TossPayments-Test-Code</c> error code that a test-mode call answers with, e.g. <c>NOT_FOUND_PAYMENT</c>.</summary>
        public string? TestCode { get; set; }

        /// <summary>
        /// Receives one line per attempt (method, path, status or failure, the wait before the next
        /// attempt and why), for verbose output. Never given a secret. Called from the thread that
        /// finished the attempt.
        /// </summary>
        public System.Action<string>? Log { get; set; }

        /// <summary>
        /// Called whenever an attempt is answered 429, so a caller running many requests can slow
        /// down. Called from the thread that finished the attempt.
        /// </summary>
        public System.Action? OnRateLimited { get; set; }

        /// <summary>Checks the header values (the key's length and characters, the test code), as the client does before sending.</summary>
        public void Validate()
        {
            Validation.RequestValidator.IdempotencyKey(IdempotencyKey);
            Validation.RequestValidator.TestCode(TestCode);
        }
    }
}
