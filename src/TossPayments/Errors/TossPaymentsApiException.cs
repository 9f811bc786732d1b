using System;

namespace TossPayments
{
    /// <summary>The API answered with an error: <c>{"code": …, "message": …}</c>.</summary>
    public class TossPaymentsApiException : TossPaymentsException
    {
        /// <summary>Creates an API error.</summary>
        public TossPaymentsApiException(int statusCode, string code, string apiMessage, string requestMethod, string requestPath)
            : base($"TossPayments answered {statusCode} {code} to {requestMethod} {requestPath}: {apiMessage}")
        {
            StatusCode = statusCode;
            Code = code;
            ApiMessage = apiMessage;
            RequestMethod = requestMethod;
            RequestPath = requestPath;
            ErrorClass = ApiErrorCatalog.Classify(code, statusCode);
        }

        /// <summary>The HTTP status, e.g. 404.</summary>
        public int StatusCode { get; }

        /// <summary>The TossPayments error code, e.g. <c>NOT_FOUND_PAYMENT</c>; one of <see cref="TossClientCodes"/> when the answer was not an API error.</summary>
        public string Code { get; }

        /// <summary>The API's own message (Korean unless <c>Accept-Language: en-US</c>).</summary>
        public string ApiMessage { get; }

        /// <summary>The request's HTTP method.</summary>
        public string RequestMethod { get; }

        /// <summary>The request's path, e.g. <c>/v1/payments/{paymentKey}/cancel</c>.</summary>
        public string RequestPath { get; }

        /// <summary>Whether to fix, repeat or verify.</summary>
        public TossErrorClass ErrorClass { get; }

        /// <summary>
        /// True when an earlier attempt of this change got no answer and this answer is not final:
        /// that attempt may have made the change, so the outcome is unknown whatever this answer
        /// says. Finish it with <see cref="TossPaymentsException.IdempotencyKey"/> (a change sent
        /// without one, by sending it again as it is).
        /// </summary>
        public bool EarlierAttemptUnanswered { get; internal set; }

        /// <summary>Whether the change got the same server error twice in a row for its key: the API may be replaying it.</summary>
        internal bool ServerErrorRepeated { get; set; }

        /// <inheritdoc />
        public override string Message => EarlierAttemptUnanswered
            ? base.Message + " An earlier attempt got no answer, so the change may have been made: the outcome is unknown. " + HowToFinish(IdempotencyKey)
            : base.Message;

        /// <inheritdoc />
        public override bool IsOutcomeKnown =>
            !EarlierAttemptUnanswered && (ErrorClass != TossErrorClass.Verify || string.Equals(RequestMethod, "GET", StringComparison.Ordinal));
    }
}
