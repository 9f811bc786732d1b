namespace TossPayments.Models
{
    /// <summary>Where one cancellation stands. Only overseas easy-pay cancels are ever asynchronous.</summary>
    public enum CancelStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Cancellation.RawCancelStatus"/>.</summary>
        Unknown = 0,

        /// <summary>Done.</summary>
        [ApiValue("DONE")]
        Done,

        /// <summary>Still running (asynchronous cancels only).</summary>
        [ApiValue("IN_PROGRESS")]
        InProgress,

        /// <summary>Failed (asynchronous cancels only).</summary>
        [ApiValue("ABORTED")]
        Aborted,
    }
}
