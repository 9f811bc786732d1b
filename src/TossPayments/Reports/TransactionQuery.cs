using System;

namespace TossPayments.Reports
{
    /// <summary>Which transactions to list: a window of processing times, and one page's place and size.</summary>
    public sealed class TransactionQuery
    {
        /// <summary>The default page size, as the API's.</summary>
        public const int DefaultLimit = 100;

        /// <summary>The largest page the API gives (API notes §6).</summary>
        public const int MaxLimit = 5000;

        /// <summary>A query for the transactions processed from <paramref name="startDate"/> to <paramref name="endDate"/>, both inclusive.</summary>
        /// <param name="startDate">The first moment, in any offset; sent as Korea time.</param>
        /// <param name="endDate">The last moment, in any offset; sent as Korea time. A whole day ends at 23:59:59.999.</param>
        public TransactionQuery(DateTimeOffset startDate, DateTimeOffset endDate)
        {
            StartDate = startDate;
            EndDate = endDate;
        }

        /// <summary>The first moment of the window.</summary>
        public DateTimeOffset StartDate { get; }

        /// <summary>The last moment of the window (inclusive).</summary>
        public DateTimeOffset EndDate { get; }

        /// <summary>The cursor: list only the transactions after the one with this key.</summary>
        public string? StartingAfter { get; set; }

        /// <summary>How many transactions a page holds (1 to 5000; default 100).</summary>
        public int Limit { get; set; } = DefaultLimit;

        /// <summary>Checks the query (the window in order, a page size of 1 to 5000, a cursor without white space), as the client does before sending.</summary>
        public void Validate() => Validation.RequestValidator.Transactions(this);

        internal TransactionQuery After(string? transactionKey) =>
            new TransactionQuery(StartDate, EndDate) { StartingAfter = transactionKey, Limit = Limit };
    }
}
