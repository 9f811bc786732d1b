using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace TossPayments.Reports
{
    /// <summary>
    /// Reads a list endpoint one page at a time, as the API pages it: the next page starts where
    /// the last ended, and a page shorter than the page size is the last. Only one page is held at
    /// a time, so a window of any length reads in flat memory. Not for use from two threads at once.
    /// </summary>
    /// <typeparam name="T">The listed item.</typeparam>
    public sealed class TossPager<T>
    {
        private readonly Func<CancellationToken, Task<IReadOnlyList<T>>> _readNext;

        internal TossPager(int pageSize, Func<CancellationToken, Task<IReadOnlyList<T>>> readNext)
        {
            PageSize = pageSize;
            _readNext = readNext;
        }

        /// <summary>The size of a full page.</summary>
        public int PageSize { get; }

        /// <summary>Whether another page may hold items: false once a page came back short.</summary>
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
            try
            {
                page = await _readNext(cancellationToken).ConfigureAwait(false);
            }
            catch (TossPaymentsApiException ex) when (PagesRead > 0 && ApiErrorCatalog.PagingKeyCodes.Contains(ex.Code))
            {
                HasMore = false;
                throw new TossPaymentsPagingException(ex, PagesRead, ItemsRead);
            }

            PagesRead++;
            ItemsRead += page.Count;
            HasMore = page.Count >= PageSize;
            return page;
        }
    }
}
