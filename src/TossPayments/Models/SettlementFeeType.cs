// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>The kind of a settlement fee.</summary>
    public enum SettlementFeeType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="SettlementFee.RawType"/>.</summary>
        UNKNOWN = 0,

        /// <summary>The base fee.</summary>
        [ApiValue("BASE")]
        BASE,

        /// <summary>An installment discount.</summary>
        [ApiValue("INSTALLMENT_DISCOUNT")]
        INSTALLMENT_DISCOUNT,

        /// <summary>An installment fee.</summary>
        [ApiValue("INSTALLMENT")]
        INSTALLMENT,

        /// <summary>A point-saving fee.</summary>
        [ApiValue("POINT_SAVING")]
        POINT_SAVING,

        /// <summary>Any other fee.</summary>
        [ApiValue("ETC")]
        ETC,
    }
}
