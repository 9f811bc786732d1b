namespace TossPayments.Sandbox.Json
{
    /// <summary>The body of <c>POST /v1/cash-receipts/{receiptKey}/cancel</c> (API notes §11).</summary>
    /// <param name="Amount">The amount to cancel; all that is left when absent.</param>
    public sealed record CashReceiptCancelBody(decimal? Amount);
}
