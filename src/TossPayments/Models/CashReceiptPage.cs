using System.Collections.Generic;

namespace TossPayments.Models
{
    /// <summary>One page of <c>GET /v1/cash-receipts</c> (API notes §11): the receipts, and where the next page starts.</summary>
    public sealed class CashReceiptPage : ApiObject
    {
        /// <summary>Whether another page follows: read on with <see cref="LastCursor"/> while it is true.</summary>
        public bool HasNext { get; set; }

        /// <summary>The cursor of the page's last receipt, to ask for the page after it; a 64-bit integer. Null when the API sends none.</summary>
        public long? LastCursor { get; set; }

        /// <summary>The page's receipts, in the API's order.</summary>
        public IList<CashReceipt> Data { get; set; } = new List<CashReceipt>();

        /// <summary>How many receipts, and whether more follow.</summary>
        public override string ToString() => $"{Data.Count} cash receipts" + (HasNext ? $", more after cursor {LastCursor}" : "");
    }
}
