using System;

namespace TossPayments.Reports
{
    /// <summary>Which settlements to list: a range of days, which day they are about, and one page.</summary>
    public sealed class SettlementQuery
    {
        /// <summary>The default page size, as the API's.</summary>
        public const int DefaultSize = 100;

        /// <summary>The largest page the API gives (API notes §6).</summary>
        public const int MaxSize = TransactionQuery.MaxLimit;

        /// <summary>A query for the settlements from <paramref name="startDate"/> to <paramref name="endDate"/>, both inclusive.</summary>
        /// <param name="startDate">The first calendar day in Korea; its time of day is ignored.</param>
        /// <param name="endDate">The last calendar day in Korea; its time of day is ignored.</param>
        public SettlementQuery(DateTime startDate, DateTime endDate)
        {
            StartDate = startDate.Date;
            EndDate = endDate.Date;
        }

        /// <summary>The first day.</summary>
        public DateTime StartDate { get; }

        /// <summary>The last day (inclusive).</summary>
        public DateTime EndDate { get; }

        /// <summary>Whether the days are sale days (the default) or payout days.</summary>
        public SettlementDateType DateType { get; set; } = SettlementDateType.SoldDate;

        /// <summary>The page to read, from 1.</summary>
        public int Page { get; set; } = 1;

        /// <summary>How many settlements a page holds (1 to 5000; default 100).</summary>
        public int Size { get; set; } = DefaultSize;

        /// <summary>Checks the query (the days in order, a page from 1, a page size of 1 to 5000), as the client does before sending.</summary>
        public void Validate() => Validation.RequestValidator.Settlements(this);

        internal SettlementQuery WithPage(int page) =>
            new SettlementQuery(StartDate, EndDate) { DateType = DateType, Page = page, Size = Size };
    }
}
