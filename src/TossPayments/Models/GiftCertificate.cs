namespace TossPayments.Models
{
    /// <summary>Gift-certificate payment details.</summary>
    public sealed class GiftCertificate : ApiObject
    {
        /// <summary>The approval number.</summary>
        public string? ApproveNo { get; set; }

        /// <summary>The settlement status.</summary>
        public string? SettlementStatus { get; set; }
    }
}
