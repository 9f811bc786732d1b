// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>The kind of card.</summary>
    public enum CardType
    {
        /// <summary>
        /// 미확인: the API could not tell (its English form is <c>UNKNOWN</c>); also any value this
        /// library does not know yet. The raw string is in <see cref="Card.RawCardType"/>.
        /// </summary>
        [ApiValue("미확인", "UNKNOWN")]
        UNKNOWN = 0,

        /// <summary>신용.</summary>
        [ApiValue("신용", "CREDIT")]
        CREDIT,

        /// <summary>체크.</summary>
        [ApiValue("체크", "CHECK")]
        CHECK,

        /// <summary>기프트.</summary>
        [ApiValue("기프트", "GIFT")]
        GIFT,
    }
}
