namespace TossPayments.Models
{
    /// <summary>Where a virtual-account refund stands.</summary>
    public enum RefundStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="VirtualAccount.RawRefundStatus"/>.</summary>
        Unknown = 0,

        /// <summary>No refund.</summary>
        [ApiValue("NONE")]
        None,

        /// <summary>Waiting to be paid out.</summary>
        [ApiValue("PENDING")]
        Pending,

        /// <summary>Failed.</summary>
        [ApiValue("FAILED")]
        Failed,

        /// <summary>Part of a partial refund failed.</summary>
        [ApiValue("PARTIAL_FAILED")]
        PartialFailed,

        /// <summary>Paid out.</summary>
        [ApiValue("COMPLETED")]
        Completed,
    }
}
