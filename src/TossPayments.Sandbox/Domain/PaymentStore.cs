using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>The sandbox's payments, by key and by order id, and the ledger of what changed them.</summary>
    public sealed class PaymentStore
    {
        private readonly ConcurrentDictionary<string, SandboxPayment> _byKey = new();
        private readonly ConcurrentDictionary<string, SandboxPayment> _byOrderId = new();
        private readonly List<SandboxPayment> _inOrder = new();

        /// <summary>Holds the given payments, in the given order, their clocks started at <paramref name="start"/>.</summary>
        public PaymentStore(IEnumerable<SandboxPayment> payments, DateTimeOffset start)
        {
            foreach (var payment in payments)
            {
                PaymentLifecycle.StartAt(payment, start);
                _byKey[payment.PaymentKey] = payment;
                _byOrderId[payment.OrderId] = payment;
                _inOrder.Add(payment);
                foreach (var transaction in payment.Transactions)
                {
                    Transactions.Add(transaction);
                }
            }
        }

        /// <summary>Every confirm and cancel committed.</summary>
        public Ledger Ledger { get; } = new();

        /// <summary>Every approval and cancel transaction, by time.</summary>
        public TransactionLog Transactions { get; } = new();

        /// <summary>Every payment, in seed order.</summary>
        public IReadOnlyList<SandboxPayment> All => _inOrder;

        /// <summary>
        /// Records a change just made to <paramref name="payment"/> (its lock held): the ledger entry
        /// and the transaction the change added.
        /// </summary>
        internal void Record(string kind, SandboxPayment payment, decimal amount, string? idempotencyKey, DateTimeOffset at)
        {
            var transaction = payment.Transactions[^1];
            Ledger.Append(kind, payment, amount, idempotencyKey, transaction.TransactionKey, at);
            Transactions.Add(transaction);
        }

        /// <summary>Finds a payment by key.</summary>
        public SandboxPayment? Find(string paymentKey) => _byKey.TryGetValue(paymentKey, out var payment) ? payment : null;

        /// <summary>Finds a payment by order id.</summary>
        public SandboxPayment? FindByOrderId(string orderId) => _byOrderId.TryGetValue(orderId, out var payment) ? payment : null;
    }
}
