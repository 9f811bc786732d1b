using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Validation;

namespace TossPayments.Reports
{
    /// <summary><c>GET /v1/transactions</c>: every approval and cancel in a window of time, oldest first (API notes §6).</summary>
    public sealed class TransactionOperations
    {
        private readonly ApiTransport _transport;

        internal TransactionOperations(ApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary>Reads one page: up to <see cref="TransactionQuery.Limit"/> transactions after <see cref="TransactionQuery.StartingAfter"/>.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public async Task<IReadOnlyList<Transaction>> ListPageAsync(TransactionQuery query, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            query.Validate();
            var path = "v1/transactions?startDate=" + Uri.EscapeDataString(KoreaTime.FormatDateTime(query.StartDate))
                + "&endDate=" + Uri.EscapeDataString(KoreaTime.FormatDateTime(query.EndDate))
                + (query.StartingAfter is null ? "" : "&startingAfter=" + Uri.EscapeDataString(query.StartingAfter))
                + "&limit=" + query.Limit.ToString(CultureInfo.InvariantCulture);
            return await _transport.SendAsync(ApiCall.Get(path, options), TossJsonContext.Wire.ListTransaction, cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>
        /// Pages through the whole window: each page starts after the last transaction of the one
        /// before, and a short page ends it.
        /// </summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public TossPager<Transaction> List(TransactionQuery query, TossRequestOptions? options = null)
        {
            query.Validate();
            var next = query;
            return new TossPager<Transaction>(query.Limit, async cancellationToken =>
            {
                var page = await ListPageAsync(next, options, cancellationToken).ConfigureAwait(false);
                if (page.Count > 0)
                {
                    next = query.After(page[page.Count - 1].TransactionKey);
                }

                return page;
            });
        }
    }
}
