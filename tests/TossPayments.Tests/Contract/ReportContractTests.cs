using System;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Reports;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests.Contract
{
    /// <summary>
    /// A day's transactions and settlements as the API lists them (TOSSPAYMENTS_CONTRACT_REPORT_DAY,
    /// or today in Korea): every field typed, and the documented refusal of a bad date type.
    /// </summary>
    [Trait("Category", "Contract")]
    public sealed class ReportContractTests
    {
        [Theory, OnSandbox, OnTestApi]
        public async Task A_day_of_transactions_parses_with_every_field_typed(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();
            var start = new DateTimeOffset(api.ReportDay, KoreaTime.Offset);

            var page = await client.Transactions.ListPageAsync(new TransactionQuery(start, start.AddDays(1).AddMilliseconds(-1)) { Limit = 5000 });

            Assert.All(page, ModelAssert.EveryFieldTyped);
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task A_day_of_settlements_parses_with_every_field_typed(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            using var client = api.NewClient();

            var page = await client.Settlements.ListPageAsync(new SettlementQuery(api.ReportDay, api.ReportDay) { Size = 5000 });

            Assert.All(page, ModelAssert.EveryFieldTyped);
        }

        [Theory, OnSandbox, OnTestApi]
        public async Task A_settlement_date_type_other_than_soldDate_or_paidOutDate_is_400_INVALID_REQUEST(string target)
        {
            await using var api = await ContractTarget.OpenAsync(target);
            var day = api.ReportDay.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

            var (status, body) = await api.SendRawAsync(HttpMethod.Get, $"v1/settlements?startDate={day}&endDate={day}&dateType=approvedDate", api.Authorization);

            Assert.Equal((400, "INVALID_REQUEST"), (status, ErrorContractTests.CodeOf(body)));
        }
    }
}
