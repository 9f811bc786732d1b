using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>One change the sandbox committed: a confirm or a cancel.</summary>
    /// <param name="Sequence">The order in which changes were committed, from 1.</param>
    /// <param name="Kind"><c>Confirm</c> or <c>Cancel</c>.</param>
    /// <param name="PaymentKey">The payment changed.</param>
    /// <param name="OrderId">Its order id.</param>
    /// <param name="Amount">The amount confirmed or canceled.</param>
    /// <param name="IdempotencyKey">The request's Idempotency-Key, if it had one.</param>
    /// <param name="TransactionKey">The transaction the change created.</param>
    /// <param name="At">When.</param>
    public sealed record LedgerEntry(long Sequence, ChangeKind Kind, string PaymentKey, string OrderId, decimal Amount, string? IdempotencyKey, string TransactionKey, DateTimeOffset At);

    /// <summary>
    /// Every committed change, in order: the truth a test checks the client's view against (a
    /// replayed or lost answer does not add an entry; only real work does).
    /// </summary>
    public sealed class Ledger
    {
        private readonly ConcurrentQueue<LedgerEntry> _entries = new();
        private long _sequence;

        /// <summary>The entries so far, oldest first.</summary>
        public IReadOnlyList<LedgerEntry> Entries => _entries.ToArray();

        internal void Append(ChangeKind kind, SandboxPayment payment, decimal amount, string? idempotencyKey, string transactionKey, DateTimeOffset at) =>
            _entries.Enqueue(new LedgerEntry(Interlocked.Increment(ref _sequence), kind, payment.PaymentKey, payment.OrderId, amount, idempotencyKey, transactionKey, at));
    }
}
