using System.Collections.Generic;

namespace TossPayments.Sandbox.Json
{
    /// <summary>A page of <c>GET /v1/cash-receipts</c> (API notes §11).</summary>
    /// <param name="HasNext">Whether another page follows.</param>
    /// <param name="LastCursor">The cursor of the page's last receipt; null on an empty page (§11f).</param>
    /// <param name="Data">The receipts.</param>
    public sealed record CashReceiptPageResource(bool HasNext, long? LastCursor, IReadOnlyList<CashReceiptResource> Data);
}
