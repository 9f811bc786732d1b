// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>Who owns the card.</summary>
    public enum CardOwnerType
    {
        /// <summary>
        /// 미확인: the API could not tell (its English form is <c>UNKNOWN</c>); also any value this
        /// library does not know yet. The raw string is in <see cref="Card.RawOwnerType"/>.
        /// </summary>
        [ApiValue("미확인", "UNKNOWN")]
        UNKNOWN = 0,

        /// <summary>개인.</summary>
        [ApiValue("개인", "PERSONAL")]
        PERSONAL,

        /// <summary>법인.</summary>
        [ApiValue("법인", "CORPORATE")]
        CORPORATE,
    }
}
