namespace TossPayments.Models
{
    /// <summary>The payment's receipt link.</summary>
    public sealed class Receipt : ApiObject
    {
        /// <summary>The receipt's address.</summary>
        public string? Url { get; set; }

        /// <summary>The receipt address.</summary>
        public override string ToString() => Url ?? "";
    }
}
