// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>How the payment was made.</summary>
    public enum PaymentType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawType"/>.</summary>
        UNKNOWN = 0,

        /// <summary>An ordinary payment.</summary>
        [ApiValue("NORMAL")]
        NORMAL,

        /// <summary>An automatic (billing-key) payment.</summary>
        [ApiValue("BILLING")]
        BILLING,

        /// <summary>A BrandPay payment.</summary>
        [ApiValue("BRANDPAY")]
        BRANDPAY,
    }
}
