namespace TossPayments
{
    /// <summary>
    /// A list broke off: the API refused the paging key it had itself handed out on the page
    /// before (<c>INVALID_PAGING_KEY</c> or <c>INVALID_TRANSACTION_KEY</c>, 400, "잘못된 페이징 키
    /// 입니다."). The items already read are only part of the list, so the list ends here with
    /// this error rather than passing for the whole of it.
    /// </summary>
    public sealed class TossPaymentsPagingException : TossPaymentsApiException
    {
        internal TossPaymentsPagingException(TossPaymentsApiException refusal, int pagesRead, long itemsRead)
            : base(refusal.StatusCode, refusal.Code, refusal.ApiMessage, refusal.RequestMethod, refusal.RequestPath)
        {
            PagesRead = pagesRead;
            ItemsRead = itemsRead;
        }

        /// <summary>How many pages were read before the refusal.</summary>
        public int PagesRead { get; }

        /// <summary>How many items those pages held: the part of the list that was read.</summary>
        public long ItemsRead { get; }

        /// <inheritdoc />
        public override string Message =>
            $"The list broke off after {PagesRead} pages ({ItemsRead} items): TossPayments refused the paging key it gave on the last page ({StatusCode} {Code}: {ApiMessage}). " +
            "What was read is only part of the list; read the window again from its start.";
    }
}
