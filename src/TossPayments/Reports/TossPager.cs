using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TossPayments.Reports
{
    /// <summary>
    /// Reads a list endpoint one page at a time, as the API pages it: the next page starts where
    /// the last ended, and the last page is the one the API marks so (a page shorter than the page
    /// size for transactions and settlements; <c>hasNext: false</c> for cash receipts). Only one
    /// page is held at a time, so a window of any length reads in flat memory. Not for use from
    /// two threads at once.
    /// </summary>
    /// <typeparam name="T">The listed item.</typeparam>
    public sealed class TossPager<T>
    {
        private readonly Func<CancellationToken, Task<(IReadOnlyList<T> Items, bool HasNext)>> _readNext;

        // A list whose short page is its last.
        internal TossPager(int pageSize, Func<CancellationToken, Task<IReadOnlyList<T>>> readNext)
            : this(pageSize, async cancellationToken =>
            {
                var page = await readNext(cancellationToken).ConfigureAwait(false);
                return (page, page.Count >= pageSize);
            })
        {
        }

        // A list whose every page says whether another follows.
        internal TossPager(int pageSize, Func<CancellationToken, Task<(IReadOnlyList<T> Items, bool HasNext)>> readNext)
        {
            PageSize = pageSize;
            _readNext = readNext;
        }

        /// <summary>The size of a full page.</summary>
        public int PageSize { get; }

        /// <summary>Whether another page may hold items: false once a page came back marked the last, or empty.</summary>
        public bool HasMore { get; private set; } = true;

        /// <summary>How many pages have been read.</summary>
        public int PagesRead { get; private set; }

        /// <summary>How many items those pages held.</summary>
        public long ItemsRead { get; private set; }

        /// <summary>Reads the next page; an empty list once there are no more.</summary>
        /// <exception cref="TossPaymentsPagingException">The API refused the paging key of the page before: the list is incomplete.</exception>
        /// <exception cref="TossPaymentsException">The page could not be read (after the client's retries).</exception>
        public async Task<IReadOnlyList<T>> NextPageAsync(CancellationToken cancellationToken = default)
        {
            if (!HasMore)
            {
                return Array.Empty<T>();
            }

            IReadOnlyList<T> page;
            bool hasNext;
            try
            {
                (page, hasNext) = await _readNext(cancellationToken).ConfigureAwait(false);
            }
            catch (TossPaymentsApiException ex) when (PagesRead > 0 && ApiErrorCatalog.PagingKeyCodes.Contains(ex.Code))
            {
                HasMore = false;
                throw new TossPaymentsPagingException(ex, PagesRead, ItemsRead);
            }

            PagesRead++;
            ItemsRead += page.Count;
            HasMore = hasNext && page.Count > 0;
            return page;
        }
    }
}
