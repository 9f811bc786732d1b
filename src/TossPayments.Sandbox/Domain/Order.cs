namespace TossPayments.Sandbox.Domain
{
    /// <summary>What a merchant's checkout asks for: the order, its amount and the customer's means of payment.</summary>
    /// <param name="OrderId">The merchant's order id.</param>
    /// <param name="OrderName">What is bought.</param>
    /// <param name="Amount">The amount, in won.</param>
    /// <param name="TaxFreeAmount">The tax-free part of it.</param>
    /// <param name="Method">CARD, EASY_PAY, TRANSFER or VIRTUAL_ACCOUNT.</param>
    public sealed record Order(string OrderId, string OrderName, decimal Amount, decimal TaxFreeAmount, string Method);
}
