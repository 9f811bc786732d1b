using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// The sandbox's cash receipts (API notes §11): every issue and cancel in the order requested,
    /// one issue per order id, cancels that take no more than is left of their issue, and the
    /// list of a day's receipts by cursor.
    /// </summary>
    public sealed class CashReceiptRegistry
    {
        /// <summary>The first cursor: above 2^32, so a client that keeps cursors in 32 bits fails here as it would with the API (§11f).</summary>
        public const long FirstCursor = 5_000_000_001;

        private readonly object _gate = new();
        private readonly List<SandboxCashReceipt> _all = [];
        private readonly Dictionary<string, SandboxCashReceipt> _issuesByKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _orderIds = new(StringComparer.Ordinal);
        private long _nextCursor = FirstCursor;

        /// <summary>Every issue and cancel, in the order requested.</summary>
        public IReadOnlyList<SandboxCashReceipt> All
        {
            get
            {
                lock (_gate)
                {
                    return _all.ToArray();
                }
            }
        }

        /// <summary>Issues a receipt, IN_PROGRESS from <paramref name="now"/>; null when the order has one (DUPLICATED_CASH_RECEIPT).</summary>
        public SandboxCashReceipt? Issue(CashReceiptOrder order, DateTimeOffset now)
        {
            lock (_gate)
            {
                if (!_orderIds.Add(order.OrderId))
                {
                    return null;
                }

                var key = "csr" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant();
                var receipt = Add(key, CashReceiptRules.Confirm, order, order.Amount, order.TaxFreeAmount, now);
                _issuesByKey[key] = receipt;
                return receipt;
            }
        }

        /// <summary>
        /// Cancels <paramref name="amount"/> of an issued receipt, or all that is left when null. The
        /// cancel's key is <c>c_</c> + the issue's, whichever cancel of it this is (§11c); it takes the
        /// taxable part first. An unknown key is 404 NOT_FOUND; a receipt with nothing left, one the
        /// National Tax Service refused, or more than is left, is INVALID_REQUEST (§11d).
        /// </summary>
        public ApiError? Cancel(string receiptKey, decimal? amount, DateTimeOffset now, out SandboxCashReceipt? cancel)
        {
            cancel = null;
            lock (_gate)
            {
                if (!_issuesByKey.TryGetValue(receiptKey, out var issue))
                {
                    return ApiError.Of("NOT_FOUND");
                }

                if (issue.IssueStatusAt(now) == "FAILED")
                {
                    return ApiError.InvalidRequest("발급에 실패한 현금영수증은 취소할 수 없습니다. (a receipt the National Tax Service refused cannot be canceled)");
                }

                if (issue.Remaining == 0)
                {
                    return ApiError.InvalidRequest("이미 전액 취소된 현금영수증입니다. (the receipt is already wholly canceled)");
                }

                var taken = amount ?? issue.Remaining;
                if (taken > issue.Remaining)
                {
                    return ApiError.InvalidRequest($"취소 금액이 남은 금액({issue.Remaining})보다 큽니다. (the amount is more than the {issue.Remaining} left)");
                }

                var taxFree = Math.Max(0, taken - (issue.Remaining - issue.RemainingTaxFree));
                issue.Remaining -= taken;
                issue.RemainingTaxFree -= taxFree;
                cancel = Add(CashReceiptRules.CancelKeyPrefix + receiptKey, CashReceiptRules.Cancel, issue.Order, taken, taxFree, now);
                return null;
            }
        }

        /// <summary>
        /// Up to <paramref name="limit"/> of the receipts requested on <paramref name="day"/> (Korea),
        /// after the one whose cursor is <paramref name="after"/>; null when that cursor is not one of
        /// the day's (INVALID_PAGING_KEY).
        /// </summary>
        public (IReadOnlyList<SandboxCashReceipt> Items, bool HasNext)? Page(DateOnly day, long? after, int limit)
        {
            lock (_gate)
            {
                var ofTheDay = _all.Where(r => DateOnly.FromDateTime(r.RequestedAt.ToOffset(SandboxClock.Korea).DateTime) == day).ToList();
                var start = 0;
                if (after is long cursor)
                {
                    start = ofTheDay.FindIndex(r => r.Cursor == cursor) + 1;
                    if (start == 0)
                    {
                        return null;
                    }
                }

                var items = ofTheDay.Skip(start).Take(limit).ToList();
                return (items, start + items.Count < ofTheDay.Count);
            }
        }

        private SandboxCashReceipt Add(string key, string transactionType, CashReceiptOrder order, decimal amount, decimal taxFree, DateTimeOffset now)
        {
            var receipt = new SandboxCashReceipt(_nextCursor++, key, transactionType, order, amount, taxFree, now.ToOffset(SandboxClock.Korea));
            _all.Add(receipt);
            return receipt;
        }
    }
}
