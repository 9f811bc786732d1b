namespace TossPayments.Models
{
    /// <summary>Why a payment failed.</summary>
    public sealed class Failure : ApiObject
    {
        /// <summary>The error code, e.g. <c>EXPIRED_PAYMENT</c>.</summary>
        public string? Code { get; set; }

        /// <summary>The error message.</summary>
        public string? Message { get; set; }

        /// <summary>"CODE: message".</summary>
        public override string ToString() => Display.Join(Code) + (string.IsNullOrEmpty(Message) ? "" : ": " + Message);
    }
}
