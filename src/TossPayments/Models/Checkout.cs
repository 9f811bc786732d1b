namespace TossPayments.Models
{
    /// <summary>The payment window's link.</summary>
    public sealed class Checkout : ApiObject
    {
        /// <summary>The payment window's address.</summary>
        public string? Url { get; set; }

        /// <summary>The payment window address.</summary>
        public override string ToString() => Url ?? "";
    }
}
