namespace TossPayments.Models
{
    /// <summary>The refund account recorded on a virtual-account payment. Note <c>bankCode</c> here versus <c>bank</c> in a cancel request.</summary>
    public sealed class RefundReceiveAccountInfo : ApiObject
    {
        /// <summary>The bank's code.</summary>
        public string? BankCode { get; set; }

        /// <summary>The account number.</summary>
        public string? AccountNumber { get; set; }

        /// <summary>The account holder's name.</summary>
        public string? HolderName { get; set; }

        /// <summary>Bank, account number and holder.</summary>
        public override string ToString() => Display.Join(Display.Labelled("bank", BankCode), AccountNumber, HolderName);
    }
}
