namespace TossPayments.Sandbox.Domain
{
    /// <summary>A confirm request as the sandbox reads it.</summary>
    /// <param name="PaymentKey">The payment key.</param>
    /// <param name="OrderId">The order id.</param>
    /// <param name="Amount">The amount.</param>
    public sealed record ConfirmCommand(string PaymentKey, string OrderId, decimal Amount);

    /// <summary>A cancel request as the sandbox reads it.</summary>
    /// <param name="CancelReason">Why.</param>
    /// <param name="CancelAmount">How much; null for the whole balance.</param>
    /// <param name="TaxFreeAmount">The tax-free part.</param>
    /// <param name="Currency">USD for a PayPal partial cancel.</param>
    /// <param name="RefundableAmount">The deprecated balance check.</param>
    /// <param name="RefundAccount">Bank code, account number and holder, for a deposited virtual account.</param>
    public sealed record CancelCommand(string CancelReason, decimal? CancelAmount, decimal? TaxFreeAmount, string? Currency, decimal? RefundableAmount,
        (string Bank, string AccountNumber, string HolderName)? RefundAccount);
}
