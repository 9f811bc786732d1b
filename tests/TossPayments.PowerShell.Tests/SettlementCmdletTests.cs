using System;
using System.Linq;
using System.Text.RegularExpressions;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    public sealed class SettlementCmdletTests : ModuleTest
    {
        private Sandbox.Api.JournalEntry[] ListRequests => Sandbox.Requests.Entries.Where(e => e.Path == "/v1/settlements").ToArray();

        [Fact]
        public void The_sale_days_settlements_are_written_as_typed_objects()
        {
            var settled = Sandbox.Store.Transactions.Between(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(9)), new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.FromHours(9)))
                .Where(t => t.IsSettled).Select(t => t.TransactionKey);

            var result = Session.Run("Get-TossSettlement -StartDate 2026-11-02 -EndDate 2026-11-02 -PageSize 9");

            result.AssertNoErrors();
            Assert.Equal(settled, result.Output.Select(o => (string)o.Properties["TransactionKey"].Value));
            Assert.Equal(settled.Count() / 9 + 1, ListRequests.Length);
        }

        [Fact]
        public void Payout_days_are_asked_for_with_DateType()
        {
            var result = Session.Run("Get-TossSettlement 2026-11-03 2026-11-03 -DateType PaidOutDate");

            Assert.NotEmpty(result.Output);
            Assert.All(result.Output, o => Assert.Equal(new DateTime(2026, 11, 3), (DateTime?)o.Properties["PaidOutDate"].Value));
            Assert.Equal("paidOutDate", Assert.Single(ListRequests).QueryValue("dateType"));
        }

        [Fact]
        public void Times_with_a_zone_count_as_their_Korean_calendar_day()
        {
            Session.Run("Get-TossSettlement -StartDate ([DateTimeOffset]'2026-11-01T16:00:00Z') -EndDate ([DateTimeOffset]'2026-11-02T14:59:59Z')").AssertNoErrors();

            var sent = Assert.Single(ListRequests);
            Assert.Equal(("2026-11-02", "2026-11-02", "soldDate"), (sent.QueryValue("startDate"), sent.QueryValue("endDate"), sent.QueryValue("dateType")));
        }

        [Fact]
        public void First_reads_a_single_page_of_that_size()
        {
            var result = Session.Run("Get-TossSettlement 2026-11-02 2026-11-02 -First 4");

            Assert.Equal(4, result.Output.Count);
            Assert.Equal(("1", "4"), (Assert.Single(ListRequests).QueryValue("page"), ListRequests[0].QueryValue("size")));
        }

        [Fact]
        public void The_table_view_shows_days_amounts_fees_and_payout()
        {
            Session.Run("Get-TossSettlement 2026-11-02 2026-11-02 -First 2 | Out-Host").AssertNoErrors();

            var screen = Regex.Replace(Session.Host.Output, @"\x1b\[[0-9;]*m", "");
            Assert.Matches(new Regex(@"SoldDate\s+PaidOutDate\s+OrderId\s+Method\s+Amount\s+Fees\s+PayOutAmount\s+TransactionKey"), screen);
            Assert.Matches(new Regex(@"2026-11-02\s+2026-11-0\d\s+ORDER-\d{6}\s+\w+\s+[\d,]+\s+[\d,]+\s+[\d,]+\s"), screen);
        }
    }
}
