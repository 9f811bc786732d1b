// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>Where the card company's purchase (매입) of the approval stands.</summary>
    public enum CardAcquireStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Card.RawAcquireStatus"/>.</summary>
        UNKNOWN = 0,

        /// <summary>Not yet requested.</summary>
        [ApiValue("READY")]
        READY,

        /// <summary>Requested.</summary>
        [ApiValue("REQUESTED")]
        REQUESTED,

        /// <summary>Completed.</summary>
        [ApiValue("COMPLETED")]
        COMPLETED,

        /// <summary>Cancel requested.</summary>
        [ApiValue("CANCEL_REQUESTED")]
        CANCEL_REQUESTED,

        /// <summary>Canceled.</summary>
        [ApiValue("CANCELED")]
        CANCELED,
    }
}
