namespace TossPayments.Models
{
    /// <summary>Gift-certificate payment details.</summary>
    public sealed class GiftCertificate : ApiObject
    {
        /// <summary>The approval number.</summary>
        public string? ApproveNo { get; set; }

        /// <summary>The settlement status.</summary>
        public string? SettlementStatus { get; set; }

        /// <summary>The approval number and settlement status.</summary>
        public override string ToString() => Display.Join(Display.Labelled("approval", ApproveNo), SettlementStatus);
    }
}
