namespace TossPayments
{
    /// <summary>
    /// A change was answered with something that is not what it asked for (another payment, order
    /// or cash receipt, an amount it did not ask for). The API replays the first answer of an
    /// idempotency key, so this is what reusing a key for a different operation looks like: this
    /// request was not carried out as asked, and it is never reported as a success.
    /// </summary>
    public sealed class TossPaymentsAnswerMismatchException : TossPaymentsException
    {
        /// <summary>Creates a mismatch error.</summary>
        public TossPaymentsAnswerMismatchException(string message, string? idempotencyKey)
            : base(message)
        {
            IdempotencyKey = idempotencyKey;
        }

        /// <summary>Unknown: look the payment up (for a cash receipt, list its day) before doing anything else.</summary>
        public override bool IsOutcomeKnown => false;
    }
}
