using System;

namespace TossPayments.Sandbox
{
    /// <summary>How a sandbox starts: its data set, the keys it accepts and its clock.</summary>
    public sealed class SandboxOptions
    {
        /// <summary>The seed of the data set; the same seed and count give the same payments.</summary>
        public int Seed { get; set; } = 1;

        /// <summary>How many payments to make (at least <see cref="Domain.PaymentSeeder.MinimumCount"/>, so every status is there).</summary>
        public int Payments { get; set; } = 100;

        /// <summary>The one secret key to accept; when null, any <c>test_sk_</c> or <c>test_gsk_</c> key.</summary>
        public string? SecretKey { get; set; }

        /// <summary>Whether to log one line per request to the console.</summary>
        public bool LogRequests { get; set; } = true;

        /// <summary>Faults to inject (latency, 500s, 429s, lost and slow answers); none by default.</summary>
        public Faults.FaultOptions Faults { get; set; } = new();

        /// <summary>
        /// Whether to enforce the API's rule that a payment takes one cancel request per second; a
        /// second within the second is answered 403 FORBIDDEN_CONSECUTIVE_REQUEST. On by default, as
        /// the API always enforces it; turning it off makes the sandbox kinder than production.
        /// </summary>
        public bool OneCancelPerSecond { get; set; } = true;

        /// <summary>The code a confirm of a READY payment gets, unless set otherwise.</summary>
        public const string DefaultReadyConfirmCode = "NOT_FOUND_PAYMENT_SESSION";

        /// <summary>
        /// The error code (one the sandbox knows) a confirm of a READY, not yet authenticated,
        /// payment is refused with. The API documents none; the default, 404
        /// NOT_FOUND_PAYMENT_SESSION, is the documented answer to a confirm whose session is gone.
        /// </summary>
        public string ReadyConfirmCode { get; set; } = DefaultReadyConfirmCode;

        /// <summary>The base clock; the sandbox's own clock runs on it (see <see cref="SandboxClock"/>).</summary>
        public TimeProvider Clock { get; set; } = TimeProvider.System;

        /// <summary>Where the sandbox clock starts; null for the base clock's time.</summary>
        public DateTimeOffset? ClockStart { get; set; }

        /// <summary>The webhook subscribers at start; more can subscribe at run time (<c>POST /sandbox/webhooks</c>).</summary>
        public System.Collections.Generic.IList<Uri> WebhookUrls { get; } = new System.Collections.Generic.List<Uri>();

        /// <summary>The payouts security key that signs payout events; without one, the sandbox sends none.</summary>
        public string? PayoutSecurityKey { get; set; }
    }
}
