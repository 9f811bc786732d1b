using System;

namespace TossPayments.CashReceipts
{
    /// <summary>Which cash receipts to list: those requested on one day, and one page's place and size (API notes §11).</summary>
    public sealed class CashReceiptQuery
    {
        /// <summary>The default page size, as the API's.</summary>
        public const int DefaultLimit = 100;

        /// <summary>The largest page the API gives.</summary>
        public const int MaxLimit = 10000;

        /// <summary>A query for the issues and cancels requested on <paramref name="requestDate"/>.</summary>
        /// <param name="requestDate">The calendar day in Korea; its time of day is ignored.</param>
        public CashReceiptQuery(DateTime requestDate)
        {
            RequestDate = requestDate.Date;
        }

        /// <summary>The day the receipts were requested on.</summary>
        public DateTime RequestDate { get; }

        /// <summary>The cursor: list only the receipts after the page that ended with it (that page's <see cref="Models.CashReceiptPage.LastCursor"/>).</summary>
        public long? Cursor { get; set; }

        /// <summary>How many receipts a page holds (1 to 10000; default 100).</summary>
        public int Limit { get; set; } = DefaultLimit;

        /// <summary>Checks the query (a page size of 1 to 10000), as the client does before sending.</summary>
        public void Validate() => Validation.RequestValidator.CashReceipts(this);

        internal CashReceiptQuery After(long cursor) => new(RequestDate) { Cursor = cursor, Limit = Limit };
    }
}
