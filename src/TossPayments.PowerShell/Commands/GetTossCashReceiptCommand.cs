using System;
using System.Management.Automation;
using TossPayments.CashReceipts;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;
using TossPayments.Reports;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the cash receipts issued and canceled on a Korean calendar day, in the order requested.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "TossCashReceipt", SupportsPaging = true)]
    [OutputType(typeof(CashReceipt))]
    public sealed class GetTossCashReceiptCommand : PagedListCmdlet<CashReceiptQuery, CashReceipt>
    {
        /// <summary>The day the receipts were requested on, in Korea. A time with no zone is Korea time; other times are converted.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("Date")]
        [KoreaTimeTransformation]
        public DateTimeOffset RequestDate { get; set; }

        /// <inheritdoc />
        protected override string ItemName => "cash receipts";

        /// <inheritdoc />
        protected override CashReceiptQuery CreateQuery(int pageSize) => new(KoreaTime.DateOf(RequestDate)) { Limit = pageSize };

        /// <inheritdoc />
        protected override TossPager<CashReceipt> List(CashReceiptQuery query, TossRequestOptions options) => Client.CashReceipts.List(query, options);

        /// <inheritdoc />
        protected override int PercentThrough(CashReceiptQuery query, CashReceipt item)
        {
            var dayStart = new DateTimeOffset(query.RequestDate, KoreaTime.Offset);
            return item.RequestedAt is { } requestedAt ? Percent(requestedAt, dayStart, dayStart.AddDays(1)) : 0;
        }
    }
}
