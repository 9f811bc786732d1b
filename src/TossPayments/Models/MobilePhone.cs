namespace TossPayments.Models
{
    /// <summary>Mobile-phone payment details.</summary>
    public sealed class MobilePhone : ApiObject
    {
        /// <summary>The customer's phone number.</summary>
        public string? CustomerMobilePhone { get; set; }

        /// <summary>The settlement status.</summary>
        public string? SettlementStatus { get; set; }

        /// <summary>The receipt's address.</summary>
        public string? ReceiptUrl { get; set; }

        /// <summary>The phone number and settlement status.</summary>
        public override string ToString() => Display.Join(CustomerMobilePhone, SettlementStatus);
    }
}
