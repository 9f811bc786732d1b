namespace TossPayments.Models
{
    /// <summary>The kind of card.</summary>
    public enum CardType
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Card.RawCardType"/>.</summary>
        Unknown = 0,

        /// <summary>신용.</summary>
        [ApiValue("신용", "CREDIT")]
        Credit,

        /// <summary>체크.</summary>
        [ApiValue("체크", "CHECK")]
        Check,

        /// <summary>기프트.</summary>
        [ApiValue("기프트", "GIFT")]
        Gift,

        /// <summary>미확인: the API itself could not tell (its English form is <c>UNKNOWN</c>).</summary>
        [ApiValue("미확인", "UNKNOWN")]
        Unconfirmed,
    }
}
