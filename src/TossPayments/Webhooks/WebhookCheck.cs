namespace TossPayments.Webhooks
{
    /// <summary>How an event was verified.</summary>
    public enum WebhookCheck
    {
        /// <summary>Not verified: the event type carries nothing to verify it by (see the verification's detail).</summary>
        None,

        /// <summary>Its secret equals the payment's, compared in constant time.</summary>
        Secret,

        /// <summary>The payment was looked up by its key or order id and agrees with the event; the looked-up payment is the truth.</summary>
        LookedUp,

        /// <summary>Its secret equals the payment's, and the payment was looked up.</summary>
        SecretAndLookedUp,

        /// <summary>Its HMAC signature matches, within the time window.</summary>
        Signature,
    }
}
