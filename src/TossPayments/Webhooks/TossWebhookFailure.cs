namespace TossPayments.Webhooks
{
    /// <summary>Why a delivery was refused.</summary>
    public enum TossWebhookFailure
    {
        /// <summary>The body is not a webhook: not JSON, not an object, or missing what its type needs.</summary>
        Malformed,

        /// <summary>The body is larger than any webhook TossPayments sends.</summary>
        TooLarge,

        /// <summary>A secret or signature that does not match, or a payment that does not exist.</summary>
        Forged,

        /// <summary>A signed event whose transmission time is too far from now: a recording replayed.</summary>
        Stale,

        /// <summary>A transmission id already verified: a retry of a delivery already handled, or a copy.</summary>
        Replayed,

        /// <summary>The means to verify this event were not given (a secret, a signing key, a client to look the payment up).</summary>
        CannotVerify,
    }
}
