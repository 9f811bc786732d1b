namespace TossPayments.Models
{
    /// <summary>The kind of a settlement fee.</summary>
    public enum SettlementFeeType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="SettlementFee.RawType"/>.</summary>
        Unknown = 0,

        /// <summary>The base fee.</summary>
        [ApiValue("BASE")]
        Base,

        /// <summary>An installment discount.</summary>
        [ApiValue("INSTALLMENT_DISCOUNT")]
        InstallmentDiscount,

        /// <summary>An installment fee.</summary>
        [ApiValue("INSTALLMENT")]
        Installment,

        /// <summary>A point-saving fee.</summary>
        [ApiValue("POINT_SAVING")]
        PointSaving,

        /// <summary>Any other fee.</summary>
        [ApiValue("ETC")]
        Etc,
    }
}
