using System;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;
using TossPayments.Reports;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists every approval and cancel processed in a window of time, oldest first.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "TossTransaction", DefaultParameterSetName = ByWindow, SupportsPaging = true)]
    [OutputType(typeof(Transaction))]
    public sealed class GetTossTransactionCommand : PagedListCmdlet<TransactionQuery, Transaction>
    {
        private const string ByWindow = "ByWindow";
        private const string ByDay = "ByDay";

        /// <summary>The first moment of the window. A time with no zone is Korea time; other times are converted.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByWindow)]
        [KoreaTimeTransformation]
        public DateTimeOffset StartDate { get; set; }

        /// <summary>The last moment of the window, inclusive. A time with no zone is Korea time; other times are converted.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByWindow)]
        [KoreaTimeTransformation]
        public DateTimeOffset EndDate { get; set; }

        /// <summary>A whole Korean calendar day: from 00:00:00 to 23:59:59.999 Korea time.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByDay)]
        [KoreaTimeTransformation]
        public DateTimeOffset Date { get; set; }

        /// <inheritdoc />
        protected override string ItemName => "transactions";

        /// <inheritdoc />
        protected override TransactionQuery CreateQuery(int pageSize)
        {
            if (ParameterSetName != ByDay)
            {
                return new TransactionQuery(StartDate, EndDate) { Limit = pageSize };
            }

            var dayStart = new DateTimeOffset(KoreaTime.DateOf(Date), KoreaTime.Offset);
            return new TransactionQuery(dayStart, dayStart.AddDays(1).AddMilliseconds(-1)) { Limit = pageSize };
        }

        /// <inheritdoc />
        protected override TossPager<Transaction> List(TransactionQuery query, TossRequestOptions options) =>
            Client.Transactions.List(query, options);

        /// <inheritdoc />
        protected override int PercentThrough(TransactionQuery query, Transaction item) => Percent(item.TransactionAt, query.StartDate, query.EndDate);
    }
}
