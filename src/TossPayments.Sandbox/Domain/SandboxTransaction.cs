using System;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// One transaction: an approval (or a virtual account's issue) or a cancel, as it stood when it
    /// happened. Every change of a payment that moves money is one of these (API notes §6).
    /// </summary>
    /// <param name="TransactionKey">The transaction's key.</param>
    /// <param name="Payment">The payment it belongs to.</param>
    /// <param name="Status">The payment's status the transaction left: DONE, WAITING_FOR_DEPOSIT, CANCELED or PARTIAL_CANCELED.</param>
    /// <param name="Amount">The amount approved, or taken back by a cancel (positive either way).</param>
    /// <param name="At">When it was processed.</param>
    public sealed record SandboxTransaction(string TransactionKey, SandboxPayment Payment, SandboxStatus Status, decimal Amount, DateTimeOffset At)
    {
        /// <summary>When it was processed, to the second, as the API reports and filters it.</summary>
        public DateTimeOffset At { get; } = At.AddTicks(-(At.Ticks % TimeSpan.TicksPerSecond));

        /// <summary>Whether it is a cancel (full or partial) rather than an approval.</summary>
        public bool IsCancel => Status is SandboxStatus.CANCELED or SandboxStatus.PARTIAL_CANCELED;

        /// <summary>Whether money changed hands, so the transaction is settled: not a virtual account still waiting for its deposit.</summary>
        public bool IsSettled => Status != SandboxStatus.WAITING_FOR_DEPOSIT;

        /// <summary>The order of arrival in the log, which breaks ties between transactions of the same time.</summary>
        internal long Sequence { get; set; }
    }
}
