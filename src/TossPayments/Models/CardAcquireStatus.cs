namespace TossPayments.Models
{
    /// <summary>Where the card company's purchase (매입) of the approval stands.</summary>
    public enum CardAcquireStatus
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Card.RawAcquireStatus"/>.</summary>
        Unknown = 0,

        /// <summary>Not yet requested.</summary>
        [ApiValue("READY")]
        Ready,

        /// <summary>Requested.</summary>
        [ApiValue("REQUESTED")]
        Requested,

        /// <summary>Completed.</summary>
        [ApiValue("COMPLETED")]
        Completed,

        /// <summary>Cancel requested.</summary>
        [ApiValue("CANCEL_REQUESTED")]
        CancelRequested,

        /// <summary>Canceled.</summary>
        [ApiValue("CANCELED")]
        Canceled,
    }
}
