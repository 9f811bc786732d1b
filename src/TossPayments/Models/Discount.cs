namespace TossPayments.Models
{
    /// <summary>A card company's instant discount.</summary>
    public sealed class Discount : ApiObject
    {
        /// <summary>The discounted amount.</summary>
        public decimal Amount { get; set; }

        /// <summary>The discounted amount.</summary>
        public override string ToString() => Display.Amount(Amount);
    }
}
