namespace TossPayments.Models
{
    /// <summary>How the payment was made.</summary>
    public enum PaymentType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawType"/>.</summary>
        Unknown = 0,

        /// <summary>An ordinary payment.</summary>
        [ApiValue("NORMAL")]
        Normal,

        /// <summary>An automatic (billing-key) payment.</summary>
        [ApiValue("BILLING")]
        Billing,

        /// <summary>A BrandPay payment.</summary>
        [ApiValue("BRANDPAY")]
        BrandPay,
    }
}
