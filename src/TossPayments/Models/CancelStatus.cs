// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>Where one cancellation stands. Only overseas easy-pay cancels are ever asynchronous.</summary>
    public enum CancelStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Cancellation.RawCancelStatus"/>.</summary>
        UNKNOWN = 0,

        /// <summary>Done.</summary>
        [ApiValue("DONE")]
        DONE,

        /// <summary>Still running (asynchronous cancels only).</summary>
        [ApiValue("IN_PROGRESS")]
        IN_PROGRESS,

        /// <summary>Failed (asynchronous cancels only).</summary>
        [ApiValue("ABORTED")]
        ABORTED,
    }
}
