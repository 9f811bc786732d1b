namespace TossPayments.Reports
{
    /// <summary>Which day of a settlement a settlement query's dates are about.</summary>
    public enum SettlementDateType
    {
        /// <summary>The day of the sale (<c>soldDate</c>), the API's default.</summary>
        SoldDate,

        /// <summary>The day of the payout (<c>paidOutDate</c>).</summary>
        PaidOutDate,
    }
}
