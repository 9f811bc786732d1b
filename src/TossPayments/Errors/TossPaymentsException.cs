using System;

namespace TossPayments
{
    /// <summary>The base of every error this library raises.</summary>
    public class TossPaymentsException : Exception
    {
        /// <summary>Creates an error with a message.</summary>
        public TossPaymentsException(string message)
            : base(message)
        {
        }

        /// <summary>Creates an error with a message and its cause.</summary>
        public TossPaymentsException(string message, Exception? innerException)
            : base(message, innerException)
        {
        }

        /// <summary>
        /// False when the request may or may not have taken effect (a lost answer to a confirm or
        /// cancel, or an answer that says the work may already be done): look the payment up before
        /// doing anything else.
        /// </summary>
        public virtual bool IsOutcomeKnown => true;

        /// <summary>
        /// The <c>Idempotency-Key</c> a change (a confirm, cancel, charge…) was sent with: null for
        /// lookups, for a change the API takes no key for (a billing key's removal, a DELETE, which
        /// is safe to repeat as it is) and for errors raised before sending. Send the same
        /// operation again with it to finish it safely: the API never acts twice on one key.
        /// </summary>
        public string? IdempotencyKey { get; internal set; }

        /// <summary>How to finish a change whose outcome is unknown: again with its key, or, sent without one, again as it is.</summary>
        internal static string HowToFinish(string? idempotencyKey) => idempotencyKey is null
            ? "Send the same request again to finish it: it goes without an Idempotency-Key because repeating it is safe, and an answer that it was already made then means it is made."
            : $"Send the same request again with Idempotency-Key '{idempotencyKey}' to finish it safely, or look the payment up first.";
    }
}
