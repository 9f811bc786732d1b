using System;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// Every transaction, ordered by time as <c>GET /v1/transactions</c> lists them, with the
    /// cursor lookups its paging needs. Seeded history and new confirms and cancels alike.
    /// </summary>
    public sealed class TransactionLog
    {
        private readonly List<SandboxTransaction> _byTime = new();
        private readonly Dictionary<string, SandboxTransaction> _byKey = new(StringComparer.Ordinal);
        private readonly object _gate = new();
        private long _sequence;

        private static readonly Comparer<SandboxTransaction> TimeOrder = Comparer<SandboxTransaction>.Create((a, b) =>
        {
            var byTime = a.At.CompareTo(b.At);
            return byTime != 0 ? byTime : a.Sequence.CompareTo(b.Sequence);
        });

        /// <summary>Adds a transaction in its place by time (a test clock may go back).</summary>
        internal void Add(SandboxTransaction transaction)
        {
            lock (_gate)
            {
                transaction.Sequence = ++_sequence;
                var index = _byTime.BinarySearch(transaction, TimeOrder);
                _byTime.Insert(index < 0 ? ~index : index, transaction);
                _byKey[transaction.TransactionKey] = transaction;
            }
        }

        /// <summary>
        /// Up to <paramref name="limit"/> transactions processed from <paramref name="start"/> to
        /// <paramref name="end"/> (both inclusive), oldest first, after the one keyed
        /// <paramref name="startingAfter"/> when given; null when that key is not a transaction.
        /// </summary>
        public IReadOnlyList<SandboxTransaction>? Page(DateTimeOffset start, DateTimeOffset end, string? startingAfter, int limit)
        {
            lock (_gate)
            {
                var from = LowerBound(start);
                if (startingAfter is not null)
                {
                    if (!_byKey.TryGetValue(startingAfter, out var after))
                    {
                        return null;
                    }

                    from = Math.Max(from, _byTime.BinarySearch(after, TimeOrder) + 1);
                }

                var page = new List<SandboxTransaction>(Math.Min(limit, 1024));
                for (var i = from; i < _byTime.Count && page.Count < limit && _byTime[i].At <= end; i++)
                {
                    page.Add(_byTime[i]);
                }

                return page;
            }
        }

        /// <summary>Every transaction processed from <paramref name="start"/> to <paramref name="end"/> (inclusive), oldest first.</summary>
        public IReadOnlyList<SandboxTransaction> Between(DateTimeOffset start, DateTimeOffset end) =>
            Page(start, end, null, int.MaxValue)!;

        // The first index whose time is at or after the given one.
        private int LowerBound(DateTimeOffset time)
        {
            int low = 0, high = _byTime.Count;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (_byTime[middle].At < time)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return low;
        }
    }
}
