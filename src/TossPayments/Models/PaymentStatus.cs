// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>Where a payment is in its life.</summary>
    public enum PaymentStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawStatus"/>.</summary>
        UNKNOWN = 0,

        /// <summary>Created; the customer has not authenticated yet.</summary>
        [ApiValue("READY")]
        READY,

        /// <summary>Authenticated; waiting for the merchant's confirm.</summary>
        [ApiValue("IN_PROGRESS")]
        IN_PROGRESS,

        /// <summary>A virtual account was issued; waiting for the deposit.</summary>
        [ApiValue("WAITING_FOR_DEPOSIT")]
        WAITING_FOR_DEPOSIT,

        /// <summary>Approved (paid).</summary>
        [ApiValue("DONE")]
        DONE,

        /// <summary>Canceled in full.</summary>
        [ApiValue("CANCELED")]
        CANCELED,

        /// <summary>Partly canceled. After partial cancels the status can stay here even at a zero balance.</summary>
        [ApiValue("PARTIAL_CANCELED")]
        PARTIAL_CANCELED,

        /// <summary>Approval failed.</summary>
        [ApiValue("ABORTED")]
        ABORTED,

        /// <summary>Not confirmed in time, or a virtual account's deadline passed.</summary>
        [ApiValue("EXPIRED")]
        EXPIRED,
    }
}
