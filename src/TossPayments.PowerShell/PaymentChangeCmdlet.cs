using System.Management.Automation;
using TossPayments.Validation;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// The base of the cmdlets that change a payment (confirm, cancel): they take an
    /// Idempotency-Key, so that a row can be run again without acting twice.
    /// </summary>
    public abstract class PaymentChangeCmdlet : BulkPaymentCmdlet
    {
        /// <summary>The Idempotency-Key to send; reuse it to repeat the same operation safely. Generated when left out.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        // An empty CSV cell means no key was given: one is generated for the call.
        private string? GivenIdempotencyKey => string.IsNullOrEmpty(IdempotencyKey) ? null : IdempotencyKey;

        /// <summary>Checks the given key; part of each row's validation.</summary>
        protected void ValidateIdempotencyKey() => RequestValidator.IdempotencyKey(GivenIdempotencyKey);

        /// <summary>The per-call options of a change: the given key (or none, to generate one) and the attempt log.</summary>
        protected TossRequestOptions ChangeOptions() => RequestOptions(GivenIdempotencyKey);
    }
}
