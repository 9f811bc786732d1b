using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// The base of the cmdlets that change a payment (confirm, cancel): they take an
    /// Idempotency-Key, so that a row can be run again without acting twice. A key is one
    /// operation: within a run, a key that an earlier row already used is refused before sending
    /// (the API would answer the second row with the first row's result).
    /// </summary>
    public abstract class PaymentChangeCmdlet : BulkPaymentCmdlet
    {
        // The keys this run has used, as 64-bit hashes (memory stays small however many rows), with their row.
        private readonly Dictionary<ulong, int> _keysUsed = new Dictionary<ulong, int>();
        private bool _keyFromCommandLine;

        /// <summary>
        /// The Idempotency-Key to send: one operation. Reuse it only to repeat the same operation
        /// safely. Generated per row when left out. Given on the command line, it names one row's
        /// operation: a second row without a key of its own is refused.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        // An empty CSV cell means no key was given: one is generated for the call.
        private string? GivenIdempotencyKey => string.IsNullOrEmpty(IdempotencyKey) ? null : IdempotencyKey;

        /// <summary>Notes whether the command line gave the key.</summary>
        protected override void BeginProcessing()
        {
            _keyFromCommandLine = MyInvocation.BoundParameters.ContainsKey(nameof(IdempotencyKey));
            base.BeginProcessing();
        }

        /// <summary>Checks the given key, and that no earlier row of this run used it; part of each row's validation.</summary>
        protected void ValidateIdempotencyKey()
        {
            var key = GivenIdempotencyKey;
            ChangeOptions().Validate();
            if (key is null)
            {
                return;
            }

            var hash = Hash(key);
            if (_keysUsed.TryGetValue(hash, out var firstRow))
            {
                throw new TossPaymentsValidationException("IdempotencyKeyReused", "idempotencyKey", _keyFromCommandLine
                    ? $"-IdempotencyKey '{key}' names one operation, and row {firstRow} of this run already used it. With several rows, give each row its own key in an idempotencyKey column, or leave the key out to have one made per row; nothing was sent."
                    : $"The idempotency key '{key}' was already used by row {firstRow} of this run. A key is one operation: with it, TossPayments would answer this row with row {firstRow}'s result. Give this row its own key; nothing was sent.");
            }

            _keysUsed[hash] = RowNumber;
        }

        /// <summary>The per-call options of a change: the given key (or none, to generate one) and the attempt log.</summary>
        protected TossRequestOptions ChangeOptions() => RequestOptions(GivenIdempotencyKey);

        // FNV-1a, 64 bits: a collision would only refuse a row, never send one twice.
        private static ulong Hash(string key)
        {
            var hash = 14695981039346656037UL;
            foreach (var c in key)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            return hash;
        }
    }
}
