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
        /// The <c>Idempotency-Key</c> a confirm or cancel was sent with (null for lookups and for
        /// errors raised before sending). Send the same operation again with it to finish it
        /// safely: the API never acts twice on one key.
        /// </summary>
        public string? IdempotencyKey { get; internal set; }
    }
}
