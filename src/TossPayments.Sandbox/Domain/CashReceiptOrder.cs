namespace TossPayments.Sandbox.Domain
{
    /// <summary>What an issue of a cash receipt asks for (API notes §11), its values already checked.</summary>
    /// <param name="OrderId">The merchant's order id: one receipt per order.</param>
    /// <param name="OrderName">What was sold.</param>
    /// <param name="Type"><c>소득공제</c> or <c>지출증빙</c>.</param>
    /// <param name="Amount">The amount, in won.</param>
    /// <param name="TaxFreeAmount">The tax-free part of it.</param>
    /// <param name="CustomerIdentityNumber">The customer's number, digits only.</param>
    /// <param name="FailsAtNts">Whether the National Tax Service will refuse it (<c>TossPayments-Test-Code: NTS_ERROR</c>).</param>
    public sealed record CashReceiptOrder(string OrderId, string OrderName, string Type, decimal Amount, decimal TaxFreeAmount, string CustomerIdentityNumber, bool FailsAtNts = false);
}
