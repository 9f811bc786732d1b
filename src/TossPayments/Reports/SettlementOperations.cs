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
    /// <summary><c>GET /v1/settlements</c>: the settled transactions of a range of sale or payout days (API notes §6).</summary>
    public sealed class SettlementOperations
    {
        private readonly ApiTransport _transport;

        internal SettlementOperations(ApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary>Reads one page: page <see cref="SettlementQuery.Page"/> of <see cref="SettlementQuery.Size"/> settlements.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public async Task<IReadOnlyList<Settlement>> ListPageAsync(SettlementQuery query, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            query.Validate();
            var path = "v1/settlements?startDate=" + KoreaTime.FormatDate(query.StartDate)
                + "&endDate=" + KoreaTime.FormatDate(query.EndDate)
                + "&dateType=" + (query.DateType == SettlementDateType.PaidOutDate ? "paidOutDate" : "soldDate")
                + "&page=" + query.Page.ToString(CultureInfo.InvariantCulture)
                + "&size=" + query.Size.ToString(CultureInfo.InvariantCulture);
            return await _transport.SendAsync(ApiCall.Get(path, options), TossJsonContext.Wire.ListSettlement, cancellationToken)
                .ConfigureAwait(false);
        }

        /// <summary>Pages through the whole range, from <see cref="SettlementQuery.Page"/> until a short page.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public TossPager<Settlement> List(SettlementQuery query, TossRequestOptions? options = null)
        {
            query.Validate();
            var page = query.Page;
            return new TossPager<Settlement>(query.Size, cancellationToken => ListPageAsync(query.WithPage(page++), options, cancellationToken));
        }
    }
}
