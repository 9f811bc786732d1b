namespace TossPayments.Models
{
    /// <summary>Account-transfer payment details.</summary>
    public sealed class Transfer : ApiObject
    {
        /// <summary>The bank's code.</summary>
        public string? BankCode { get; set; }

        /// <summary>The settlement status.</summary>
        public string? SettlementStatus { get; set; }

        /// <summary>The bank, e.g. "bank 88".</summary>
        public override string ToString() => Display.Join(Display.Labelled("bank", BankCode), SettlementStatus);
    }
}
