namespace TossPayments
{
    /// <summary>
    /// The codes the client gives <see cref="TossPaymentsApiException.Code"/> when the answer was
    /// not an API error at all. They are named apart from the API's own codes (UPPER_SNAKE), so a
    /// real <c>UNKNOWN_ERROR</c> from TossPayments is never confused with an answer the client
    /// could not read.
    /// </summary>
    public static class TossClientCodes
    {
        /// <summary>An error status whose body is not a TossPayments error (a proxy's HTML page, say).</summary>
        public const string UnreadableError = "TossPaymentsUnreadableError";

        /// <summary>A success status whose body is not the object asked for. For a confirm or cancel the change was most likely made.</summary>
        public const string UnreadableAnswer = "TossPaymentsUnreadableAnswer";

        /// <summary>A redirect: the API never redirects, so it is reported, not followed.</summary>
        public const string RedirectNotFollowed = "TossPaymentsRedirectNotFollowed";
    }
}
