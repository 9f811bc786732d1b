using TossPayments.Models;

namespace TossPayments
{
    /// <summary>
    /// A confirm or cancel whose <c>Idempotency-Key</c> kept getting the same server error: the API
    /// may keep a key's first answer, a 5xx included, and replay it to every repeat (API notes
    /// §8g), so retrying with that key cannot help. The client looked the payment up instead and
    /// did not find the change in it: the change was not made. Send it again with a new key.
    /// </summary>
    public sealed class TossPaymentsKeyReplaysErrorException : TossPaymentsApiException
    {
        internal TossPaymentsKeyReplaysErrorException(TossPaymentsApiException replayed, Payment found)
            : base(replayed.StatusCode, replayed.Code, replayed.ApiMessage, replayed.RequestMethod, replayed.RequestPath)
        {
            IdempotencyKey = replayed.IdempotencyKey;
            FoundPayment = found;
        }

        /// <summary>The payment as the lookup found it, without the change.</summary>
        public Payment FoundPayment { get; }

        /// <inheritdoc />
        public override string Message =>
            $"TossPayments answered {StatusCode} {Code} to {RequestMethod} {RequestPath} again and again for Idempotency-Key '{IdempotencyKey}', which it replays. " +
            $"The payment was looked up instead: it is {FoundPayment.RawStatus} with a balance of {FoundPayment.BalanceAmount}, without this change, so the change was not made. Send it again with a new idempotency key.";

        /// <inheritdoc />
        public override bool IsOutcomeKnown => true;
    }
}
