namespace TossPayments.Payments
{
    /// <summary>The account a deposited virtual-account payment is refunded to.</summary>
    public sealed class RefundReceiveAccount
    {
        /// <summary>Creates a refund account.</summary>
        public RefundReceiveAccount(string bank, string accountNumber, string holderName)
        {
            Bank = bank;
            AccountNumber = accountNumber;
            HolderName = holderName;
        }

        /// <summary>The bank or securities company's code, e.g. <c>88</c> (Shinhan) or <c>20</c> (Woori).</summary>
        public string Bank { get; }

        /// <summary>The account number: digits only, no dashes, up to 20.</summary>
        public string AccountNumber { get; }

        /// <summary>The account holder's name (up to 60 characters).</summary>
        public string HolderName { get; }
    }
}
