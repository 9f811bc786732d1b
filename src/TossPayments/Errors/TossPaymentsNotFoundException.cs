namespace TossPayments
{
    /// <summary>The API answered 404: no such payment (<c>NOT_FOUND_PAYMENT</c>), an expired confirm session, and the like.</summary>
    public sealed class TossPaymentsNotFoundException : TossPaymentsApiException
    {
        /// <summary>Creates a not-found error.</summary>
        public TossPaymentsNotFoundException(int statusCode, string code, string apiMessage, string requestMethod, string requestPath)
            : base(statusCode, code, apiMessage, requestMethod, requestPath)
        {
        }
    }
}
