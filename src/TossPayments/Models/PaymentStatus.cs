namespace TossPayments.Models
{
    /// <summary>Where a payment is in its life.</summary>
    public enum PaymentStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawStatus"/>.</summary>
        Unknown = 0,

        /// <summary>Created; the customer has not authenticated yet.</summary>
        [ApiValue("READY")]
        Ready,

        /// <summary>Authenticated; waiting for the merchant's confirm.</summary>
        [ApiValue("IN_PROGRESS")]
        InProgress,

        /// <summary>A virtual account was issued; waiting for the deposit.</summary>
        [ApiValue("WAITING_FOR_DEPOSIT")]
        WaitingForDeposit,

        /// <summary>Approved (paid).</summary>
        [ApiValue("DONE")]
        Done,

        /// <summary>Canceled in full.</summary>
        [ApiValue("CANCELED")]
        Canceled,

        /// <summary>Partly canceled. After partial cancels the status can stay here even at a zero balance.</summary>
        [ApiValue("PARTIAL_CANCELED")]
        PartialCanceled,

        /// <summary>Approval failed.</summary>
        [ApiValue("ABORTED")]
        Aborted,

        /// <summary>Not confirmed in time, or a virtual account's deadline passed.</summary>
        [ApiValue("EXPIRED")]
        Expired,
    }
}
