namespace TossPayments.Sandbox.Json
{
    /// <summary>The body of <c>POST /v1/cash-receipts</c> (API notes §11).</summary>
    /// <param name="Amount">The amount, in won.</param>
    /// <param name="OrderId">The merchant's order id.</param>
    /// <param name="OrderName">What was sold.</param>
    /// <param name="Type"><c>소득공제</c> or <c>지출증빙</c>.</param>
    /// <param name="CustomerIdentityNumber">The customer's number, digits only.</param>
    /// <param name="RegistrationNumber">The name of <paramref name="CustomerIdentityNumber"/> before 2022-07-27, still taken.</param>
    /// <param name="TaxFreeAmount">The tax-free part; none when absent.</param>
    public sealed record CashReceiptBody(decimal? Amount, string? OrderId, string? OrderName, string? Type, string? CustomerIdentityNumber, string? RegistrationNumber, decimal? TaxFreeAmount);
}
