namespace TossPayments
{
    /// <summary>What a caller should do about an API error (API notes §4; not an official matrix).</summary>
    public enum TossErrorClass
    {
        /// <summary>Final: fix the request or configuration; repeating it will not help.</summary>
        Final,

        /// <summary>Temporary: repeat later, with the same <c>Idempotency-Key</c> for a POST.</summary>
        Temporary,

        /// <summary>The outcome is unclear or the work may already be done: look the payment up first.</summary>
        Verify,
    }
}
