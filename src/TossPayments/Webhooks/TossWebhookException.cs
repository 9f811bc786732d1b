namespace TossPayments.Webhooks
{
    /// <summary>A delivery refused: malformed, too large, forged, stale, replayed, or not verifiable with what was given.</summary>
    public sealed class TossWebhookException : TossPaymentsException
    {
        /// <summary>Creates a refusal.</summary>
        public TossWebhookException(TossWebhookFailure failure, string message, string? transmissionId = null)
            : base(message)
        {
            Failure = failure;
            TransmissionId = transmissionId;
        }

        /// <summary>Why the delivery was refused.</summary>
        public TossWebhookFailure Failure { get; }

        /// <summary>The delivery's transmission id, when it had one.</summary>
        public string? TransmissionId { get; }
    }
}
