using System.Collections.Generic;

namespace TossPayments.PowerShell.Bulk
{
    /// <summary>
    /// The idempotency keys a run of changes has used. A key is one operation: a key that an
    /// earlier row of the run already used is refused before sending, since the API would answer
    /// the second row with the first row's result.
    /// </summary>
    internal sealed class RunIdempotencyKeys
    {
        // As 64-bit hashes (memory stays small however many rows), with their row.
        private readonly Dictionary<ulong, int> _used = new Dictionary<ulong, int>();
        private readonly bool _fromCommandLine;

        /// <param name="fromCommandLine">Whether the command line gave the key, so it names one row's operation.</param>
        public RunIdempotencyKeys(bool fromCommandLine) => _fromCommandLine = fromCommandLine;

        /// <summary>The key a parameter or cell gives: an empty CSV cell means none, and one is generated for the call.</summary>
        public static string? Given(string? key) => string.IsNullOrEmpty(key) ? null : key;

        /// <summary>Records <paramref name="key"/> for row <paramref name="rowNumber"/>, refusing one an earlier row used.</summary>
        /// <exception cref="TossPaymentsValidationException">An earlier row of the run used the key.</exception>
        public void Use(string? key, int rowNumber)
        {
            if (key is null)
            {
                return;
            }

            var hash = Hash(key);
            if (_used.TryGetValue(hash, out var firstRow))
            {
                throw new TossPaymentsValidationException("IdempotencyKeyReused", "idempotencyKey", _fromCommandLine
                    ? $"-IdempotencyKey '{key}' names one operation, and row {firstRow} of this run already used it. With several rows, give each row its own key in an idempotencyKey column, or leave the key out to have one made per row; nothing was sent."
                    : $"The idempotency key '{key}' was already used by row {firstRow} of this run. A key is one operation: with it, TossPayments would answer this row with row {firstRow}'s result. Give this row its own key; nothing was sent.");
            }

            _used[hash] = rowNumber;
        }

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
