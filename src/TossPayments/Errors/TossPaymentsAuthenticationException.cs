namespace TossPayments
{
    /// <summary>The secret key was refused: wrong key, a test/live mix-up, or a malformed Basic header.</summary>
    public sealed class TossPaymentsAuthenticationException : TossPaymentsApiException
    {
        /// <summary>Creates an authentication error.</summary>
        public TossPaymentsAuthenticationException(int statusCode, string code, string apiMessage, string requestMethod, string requestPath)
            : base(statusCode, code, apiMessage, requestMethod, requestPath)
        {
        }
    }
}
