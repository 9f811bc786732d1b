using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Reports;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class SettlementListTests : SandboxTest
    {
        private static readonly DateTime SoldDay = new(2026, 11, 2);

        private int ListRequests => Sandbox.Requests.Entries.Count(e => e.Path == "/v1/settlements");

        private async Task<List<Settlement>> ReadAllAsync(SettlementQuery query)
        {
            var pager = Client.Settlements.List(query);
            var all = new List<Settlement>();
            while (pager.HasMore)
            {
                all.AddRange(await pager.NextPageAsync());
            }

            return all;
        }

        [Fact]
        public async Task Every_settled_approval_and_cancel_of_the_sale_day_is_listed()
        {
            var settled = Sandbox.Store.Transactions.Between(new DateTimeOffset(SoldDay, KoreaTime.Offset), new DateTimeOffset(SoldDay.AddDays(1), KoreaTime.Offset))
                .Where(t => t.IsSettled).Select(t => t.TransactionKey);

            var page = await Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay) { Size = 5000 });

            Assert.Equal(settled, page.Select(s => s.TransactionKey));
            Assert.All(page, s => Assert.Equal(SoldDay, s.SoldDate));
            Assert.DoesNotContain(page, s => s.PaymentKey == Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT).PaymentKey);
        }

        [Fact]
        public async Task A_settlement_pays_out_the_amount_less_the_fees_and_their_VAT()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var page = await Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay) { Size = 5000 });

            var settlement = page.Single(s => s.PaymentKey == seeded.PaymentKey);
            var fee = Assert.Single(settlement.Fees!);
            Assert.Equal(SettlementFeeType.BASE, fee.Type);
            Assert.Equal(decimal.Round(seeded.TotalAmount * 0.025m, 0, MidpointRounding.AwayFromZero), fee.Fee);
            Assert.Equal((seeded.TotalAmount, fee.Fee), (settlement.Amount, settlement.SupplyAmount));
            Assert.Equal(settlement.Amount - settlement.SupplyAmount - settlement.Vat, settlement.PayOutAmount);
            Assert.Equal(SoldDay.AddDays(2), settlement.PaidOutDate);
            Assert.Equal(PaymentMethod.CARD, settlement.Method);
        }

        [Fact]
        public async Task A_cancel_is_settled_negative_with_its_cancellation()
        {
            var seeded = SeededCard(SandboxStatus.CANCELED);

            var page = await Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay) { Size = 5000 });

            var cancel = page.Single(s => s.TransactionKey == seeded.Cancels[0].TransactionKey);
            Assert.Equal(-seeded.Cancels[0].CancelAmount, cancel.Amount);
            Assert.True(cancel.Fees!.Single().Fee < 0);
            Assert.Equal(seeded.Cancels[0].CancelAmount, cancel.Cancel!.CancelAmount);
        }

        [Theory]
        [InlineData(1)]
        [InlineData(6)]
        [InlineData(5000)]
        public async Task Pages_are_read_by_number_until_a_short_page(int size)
        {
            var whole = await Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay) { Size = 5000 });

            var paged = await ReadAllAsync(new SettlementQuery(SoldDay, SoldDay) { Size = size });

            Assert.Equal(whole.Select(s => s.TransactionKey), paged.Select(s => s.TransactionKey));
            var pages = Sandbox.Requests.Entries.Where(e => e.Path == "/v1/settlements").Select(e => e.QueryValue("page")).Skip(1).ToList();
            Assert.Equal(Enumerable.Range(1, whole.Count / size + 1).Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)), pages);
        }

        [Fact]
        public async Task Payout_days_select_by_the_day_the_money_is_paid()
        {
            var byPayout = await ReadAllAsync(new SettlementQuery(SoldDay.AddDays(1), SoldDay.AddDays(1)) { DateType = SettlementDateType.PaidOutDate });

            Assert.NotEmpty(byPayout);
            Assert.All(byPayout, s => Assert.Equal(SoldDay.AddDays(1), s.PaidOutDate));
            Assert.DoesNotContain(byPayout, s => s.Method == PaymentMethod.CARD);
            Assert.Equal("paidOutDate", Sandbox.Requests.Entries.First(e => e.Path == "/v1/settlements").QueryValue("dateType"));
        }

        [Fact]
        public async Task Days_are_sent_as_plain_dates()
        {
            await Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay.AddHours(23), SoldDay.AddDays(1).AddHours(1)));

            var sent = Sandbox.Requests.Entries.Single(e => e.Path == "/v1/settlements");
            Assert.Equal(("2026-11-02", "2026-11-03", "soldDate", "1", "100"),
                (sent.QueryValue("startDate"), sent.QueryValue("endDate"), sent.QueryValue("dateType"), sent.QueryValue("page"), sent.QueryValue("size")));
        }

        [Fact]
        public async Task Days_with_no_sales_are_an_empty_list()
        {
            var all = await ReadAllAsync(new SettlementQuery(SoldDay.AddDays(-10), SoldDay.AddDays(-1)));

            Assert.Empty(all);
            Assert.Equal(1, ListRequests);
        }

        [Fact]
        public async Task A_page_below_1_is_refused_before_sending()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay) { Page = 0 }));

            Assert.Equal("InvalidPage", error.ErrorId);
            Assert.Equal(0, ListRequests);
        }

        [Fact]
        public async Task Days_out_of_order_are_refused_before_sending()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() =>
                Client.Settlements.ListPageAsync(new SettlementQuery(SoldDay, SoldDay.AddDays(-1))));

            Assert.Equal("InvalidDateRange", error.ErrorId);
        }

        [Fact]
        public void The_supply_amount_is_read_from_the_documented_field_and_written_back_as_received()
        {
            const string json = """[{"paymentKey":"p","transactionKey":"t","orderId":"ORDER-1","supplyAmount":91,"soldDate":"2026-11-02","newField":1}]""";

            var settlement = JsonSerializer.Deserialize(json, TossJsonContext.Wire.ListSettlement)!.Single();

            Assert.Equal((91m, new DateTime(2026, 11, 2)), (settlement.SupplyAmount, settlement.SoldDate));
            var written = JsonSerializer.Serialize(settlement, TossJsonContext.Wire.Settlement);
            Assert.Contains("\"supplyAmount\":91", written);
            Assert.Contains("\"soldDate\":\"2026-11-02\"", written);
            Assert.Contains("\"newField\":1", written);
        }
    }
}
