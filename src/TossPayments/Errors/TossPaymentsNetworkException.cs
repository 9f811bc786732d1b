using System;

namespace TossPayments
{
    /// <summary>No answer came: the connection failed, broke, or an attempt timed out, and the retries ran out.</summary>
    public sealed class TossPaymentsNetworkException : TossPaymentsException
    {
        /// <summary>Creates a network error.</summary>
        public TossPaymentsNetworkException(string message, Exception? innerException, bool isTimeout, string requestMethod, string requestPath, string? idempotencyKey)
            : base(message, innerException)
        {
            IsTimeout = isTimeout;
            RequestMethod = requestMethod;
            RequestPath = requestPath;
            IdempotencyKey = idempotencyKey;
        }

        /// <summary>Whether the last attempt timed out (rather than failing to connect or breaking off).</summary>
        public bool IsTimeout { get; }

        /// <summary>The request's HTTP method.</summary>
        public string RequestMethod { get; }

        /// <summary>The request's path.</summary>
        public string RequestPath { get; }

        /// <summary>A GET changes nothing; a change (a POST, a DELETE) that got no answer may have taken effect.</summary>
        public override bool IsOutcomeKnown => string.Equals(RequestMethod, "GET", StringComparison.Ordinal);
    }
}
