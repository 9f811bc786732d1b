using System;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;
using TossPayments.Reports;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the settlements of a range of sale or payout days: amounts, fees and payouts.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "TossSettlement", SupportsPaging = true)]
    [OutputType(typeof(Settlement))]
    public sealed class GetTossSettlementCommand : PagedListCmdlet<SettlementQuery, Settlement>
    {
        /// <summary>The first day, inclusive: its Korean calendar day counts (a time with no zone is Korea time).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [KoreaTimeTransformation]
        public DateTimeOffset StartDate { get; set; }

        /// <summary>The last day, inclusive: its Korean calendar day counts (a time with no zone is Korea time).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [KoreaTimeTransformation]
        public DateTimeOffset EndDate { get; set; }

        /// <summary>Whether the days are sale days (SoldDate, the default) or payout days (PaidOutDate).</summary>
        [Parameter]
        public SettlementDateType DateType { get; set; } = SettlementDateType.SoldDate;

        /// <inheritdoc />
        protected override string ItemName => "settlements";

        /// <inheritdoc />
        protected override SettlementQuery CreateQuery(int pageSize) =>
            new SettlementQuery(KoreaTime.DateOf(StartDate), KoreaTime.DateOf(EndDate)) { DateType = DateType, Size = pageSize };

        /// <inheritdoc />
        protected override TossPager<Settlement> List(SettlementQuery query, TossRequestOptions options) =>
            Client.Settlements.List(query, options);

        /// <inheritdoc />
        protected override int PercentThrough(SettlementQuery query, Settlement item)
        {
            var day = query.DateType == SettlementDateType.PaidOutDate ? item.PaidOutDate : item.SoldDate;
            return day is DateTime date ? Percent(Midnight(date), Midnight(query.StartDate), Midnight(query.EndDate.AddDays(1))) : 0;
        }

        private static DateTimeOffset Midnight(DateTime date) => new DateTimeOffset(date.Date, KoreaTime.Offset);
    }
}
