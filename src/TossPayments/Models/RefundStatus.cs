// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>Where a virtual-account refund stands.</summary>
    public enum RefundStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="VirtualAccount.RawRefundStatus"/>.</summary>
        UNKNOWN = 0,

        /// <summary>No refund.</summary>
        [ApiValue("NONE")]
        NONE,

        /// <summary>Waiting to be paid out.</summary>
        [ApiValue("PENDING")]
        PENDING,

        /// <summary>Failed.</summary>
        [ApiValue("FAILED")]
        FAILED,

        /// <summary>Part of a partial refund failed.</summary>
        [ApiValue("PARTIAL_FAILED")]
        PARTIAL_FAILED,

        /// <summary>Paid out.</summary>
        [ApiValue("COMPLETED")]
        COMPLETED,
    }
}
