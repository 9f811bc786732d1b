using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;

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
                Add(payment, start);
            }
        }

        /// <summary>Every confirm and cancel committed.</summary>
        public Ledger Ledger { get; } = new();

        /// <summary>Every approval and cancel transaction, by time.</summary>
        public TransactionLog Transactions { get; } = new();

        /// <summary>Every payment, seeded ones first, then those checkouts made, in order.</summary>
        public IReadOnlyList<SandboxPayment> All
        {
            get
            {
                lock (_inOrder)
                {
                    return _inOrder.ToArray();
                }
            }
        }

        /// <summary>
        /// Adds the payment a checkout makes at <paramref name="now"/> (see
        /// <see cref="PaymentSeeder.Checkout"/>); null when the order id is already taken.
        /// </summary>
        internal SandboxPayment? Checkout(Order order, DateTimeOffset now, bool authenticated)
        {
            lock (_inOrder)
            {
                if (_byOrderId.ContainsKey(order.OrderId))
                {
                    return null;
                }

                var payment = PaymentSeeder.Checkout(order, _inOrder.Count, now, authenticated);
                Add(payment, now);
                return payment;
            }
        }

        // Its clocks started at the given time, its history in the transaction log.
        private void Add(SandboxPayment payment, DateTimeOffset start)
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

        /// <summary>
        /// A payment changed (a confirm, cancel or deposit committed, or time moved its status on);
        /// raised with its lock held, so what a handler reads of it is the state the change left.
        /// </summary>
        public event Action<SandboxPayment, DateTimeOffset>? Changed;

        /// <summary>
        /// Records a change just made to <paramref name="payment"/> (its lock held): the ledger entry
        /// and the transaction the change added.
        /// </summary>
        internal void Record(ChangeKind kind, SandboxPayment payment, decimal amount, string? idempotencyKey, DateTimeOffset at)
        {
            var transaction = payment.Transactions[^1];
            Ledger.Append(kind, payment, amount, idempotencyKey, transaction.TransactionKey, at);
            Transactions.Add(transaction);
            Changed?.Invoke(payment, at);
        }

        /// <summary>Brings a payment up to <paramref name="now"/> (its lock held): see <see cref="PaymentLifecycle.CatchUp"/>.</summary>
        internal void CatchUp(SandboxPayment payment, DateTimeOffset now)
        {
            var before = payment.Status;
            PaymentLifecycle.CatchUp(payment, now);
            Observe(payment, before, now);
        }

        /// <summary>Raises <see cref="Changed"/> when the payment's status is no longer <paramref name="before"/> (its lock held): time, or a refusal that ended it.</summary>
        internal void Observe(SandboxPayment payment, SandboxStatus before, DateTimeOffset now)
        {
            if (payment.Status != before)
            {
                Changed?.Invoke(payment, now);
            }
        }

        /// <summary>Brings every payment time can change up to <paramref name="now"/>, so an expiry happens when it is due, read or not.</summary>
        internal void CatchUpAll(DateTimeOffset now)
        {
            foreach (var payment in All.Where(p => p.ExpiresAt <= now && p.Status is SandboxStatus.READY or SandboxStatus.IN_PROGRESS))
            {
                lock (payment)
                {
                    CatchUp(payment, now);
                }
            }
        }

        /// <summary>Finds a payment by key.</summary>
        public SandboxPayment? Find(string paymentKey) => _byKey.TryGetValue(paymentKey, out var payment) ? payment : null;

        /// <summary>Finds a payment by order id.</summary>
        public SandboxPayment? FindByOrderId(string orderId) => _byOrderId.TryGetValue(orderId, out var payment) ? payment : null;
    }
}
