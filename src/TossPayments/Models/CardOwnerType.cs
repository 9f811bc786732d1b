namespace TossPayments.Models
{
    /// <summary>Who owns the card.</summary>
    public enum CardOwnerType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Card.RawOwnerType"/>.</summary>
        Unknown = 0,

        /// <summary>개인.</summary>
        [ApiValue("개인", "PERSONAL")]
        Personal,

        /// <summary>법인.</summary>
        [ApiValue("법인", "CORPORATE")]
        Corporate,

        /// <summary>미확인: the API itself could not tell (its English form is <c>UNKNOWN</c>).</summary>
        [ApiValue("미확인", "UNKNOWN")]
        Unconfirmed,
    }
}
