using System;
using System.Linq;
using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    public sealed class TransactionCmdletTests : ModuleTest
    {
        private static readonly DateTimeOffset DayStart = new(2026, 11, 2, 0, 0, 0, TimeSpan.FromHours(9));

        private string[] SeededKeys => Sandbox.Store.Transactions.Between(DayStart, DayStart.AddDays(1).AddTicks(-1)).Select(t => t.TransactionKey).ToArray();

        private Sandbox.Api.JournalEntry[] ListRequests => Sandbox.Requests.Entries.Where(e => e.Path == "/v1/transactions").ToArray();

        private static string[] Keys(ModuleSession.Result result) => result.Output.Select(o => (string)o.Properties["TransactionKey"].Value).ToArray();

        // A terminating error is caught by try/catch without -ErrorAction Stop; a non-terminating one would not be.
        private ErrorRecord CaughtError(string command)
        {
            var result = Session.Run($"try {{ {command}; 'not stopped' }} catch {{ $_ }}");
            return Assert.IsType<ErrorRecord>(Assert.Single(result.Output).BaseObject);
        }

        [Fact]
        public void A_window_is_written_as_typed_transactions_oldest_first()
        {
            var result = Session.Run("Get-TossTransaction -StartDate '2026-11-02' -EndDate '2026-11-02 23:59:59'");

            result.AssertNoErrors();
            Assert.All(result.Output, o => Assert.Equal("TossPayments.Models.Transaction", o.TypeNames[0]));
            Assert.Equal(SeededKeys, Keys(result));
        }

        [Fact]
        public void Pages_are_followed_to_the_end_of_the_window()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -PageSize 7");

            Assert.Equal(SeededKeys, Keys(result));
            Assert.Equal(SeededKeys.Length / 7 + 1, ListRequests.Length);
            Assert.All(ListRequests, r => Assert.Equal("7", r.QueryValue("limit")));
        }

        [Fact]
        public void First_stops_without_reading_another_page()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -PageSize 4 -First 10");

            Assert.Equal(SeededKeys.Take(10), Keys(result));
            Assert.Equal(3, ListRequests.Length);
        }

        [Fact]
        public void First_smaller_than_a_page_asks_for_only_that_many()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -First 3");

            Assert.Equal(SeededKeys.Take(3), Keys(result));
            Assert.Equal("3", Assert.Single(ListRequests).QueryValue("limit"));
        }

        [Fact]
        public void Skip_leaves_out_the_first_items()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -Skip 5 -First 2 -PageSize 3");

            Assert.Equal(SeededKeys.Skip(5).Take(2), Keys(result));
        }

        [Fact]
        public void Include_total_count_says_the_total_is_unknown()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -First 1 -IncludeTotalCount | ForEach-Object { $_.ToString() }");

            Assert.Equal("Unknown total count", result.Output[0].ToString());
            Assert.Equal(2, result.Output.Count);
        }

        [Fact]
        public void A_time_with_no_zone_is_Korea_time()
        {
            Session.Run("Get-TossTransaction -StartDate '2026-11-02' -EndDate ([datetime]'2026-11-02 12:30')").AssertNoErrors();

            var sent = Assert.Single(ListRequests);
            Assert.Equal(("2026-11-02T00:00:00", "2026-11-02T12:30:00"), (sent.QueryValue("startDate"), sent.QueryValue("endDate")));
        }

        [Fact]
        public void Times_with_a_zone_are_converted_to_Korea_time()
        {
            Session.Run("""
                $utc = [datetime]::SpecifyKind([datetime]'2026-11-01 15:00', 'Utc')
                Get-TossTransaction -StartDate $utc -EndDate ([DateTimeOffset]'2026-11-02T12:00:00-05:00')
                """).AssertNoErrors();

            var sent = Assert.Single(ListRequests);
            Assert.Equal(("2026-11-02T00:00:00", "2026-11-03T02:00:00"), (sent.QueryValue("startDate"), sent.QueryValue("endDate")));
        }

        [Fact]
        public void Date_is_the_whole_Korean_calendar_day()
        {
            var result = Session.Run("Get-TossTransaction -Date ([DateTimeOffset]'2026-11-02T01:00:00Z')");

            Assert.Equal(SeededKeys, Keys(result));
            var sent = Assert.Single(ListRequests);
            Assert.Equal(("2026-11-02T00:00:00", "2026-11-02T23:59:59.999"), (sent.QueryValue("startDate"), sent.QueryValue("endDate")));
        }

        [Fact]
        public void A_window_with_no_transactions_writes_nothing_and_no_error()
        {
            var result = Session.Run("Get-TossTransaction -Date 2026-10-01");

            result.AssertNoErrors();
            Assert.Null(result.Terminating);
            Assert.Empty(result.Output);
        }

        [Fact]
        public void A_start_after_the_end_ends_the_command_before_sending()
        {
            var error = CaughtError("Get-TossTransaction -StartDate 2026-11-03 -EndDate 2026-11-02");

            Assert.StartsWith("InvalidDateRange,", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Empty(ListRequests);
        }

        [Fact]
        public void Text_that_is_not_a_date_is_refused_with_the_forms_that_work()
        {
            var error = CaughtError("Get-TossTransaction -Date 'yesterday'");

            Assert.StartsWith("ParameterArgumentTransformationError,", error.FullyQualifiedErrorId);
            Assert.Contains("yyyy-MM-dd", error.Exception.Message);
            Assert.Empty(ListRequests);
        }

        [Fact]
        public void A_page_that_cannot_be_read_ends_the_command_so_no_partial_list_passes_for_whole()
        {
            Sandbox.Faults.ServerErrorRate = 1.0;

            var error = CaughtError("Get-TossTransaction -Date 2026-11-02");

            Assert.StartsWith("FAILED_INTERNAL_SYSTEM_PROCESSING,", error.FullyQualifiedErrorId);
            Assert.Equal("TossPayments.Reports.TransactionQuery", error.TargetObject.GetType().FullName);
        }

        [Theory]
        [InlineData("INVALID_TRANSACTION_KEY")]
        [InlineData("INVALID_PAGING_KEY")]
        public async Task A_refused_paging_key_ends_the_listing_with_an_error_that_says_it_is_incomplete(string code)
        {
            await using var api = await TossPayments.Tests.Infrastructure.LoopbackServer.RefusingItsPagingKeyAsync(
                TossPayments.Tests.Infrastructure.LoopbackServer.OneTransactionPage, code);
            Session.Run($"Connect-TossPayments -SecretKey $key -BaseUri '{api.BaseAddress}' -MaximumRetryCount 0",
                variables: new System.Collections.Generic.Dictionary<string, object?> { ["key"] = ModuleSession.Secure("test_sk_paging") }).AssertNoErrors();

            var result = Session.Run("try { Get-TossTransaction -Date 2026-11-02 -PageSize 1 } catch { $_ }");

            Assert.Equal("txrd_a01jq71h2m1gaa9g678kr6afs0g", result.Get(0, "TransactionKey"));
            var error = Assert.IsType<ErrorRecord>(result.Output[1].BaseObject);
            Assert.StartsWith(code + ",", error.FullyQualifiedErrorId);
            Assert.Contains("The list is incomplete", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void Verbose_output_names_each_page()
        {
            Session.Run("Get-TossTransaction -Date 2026-11-02 -PageSize 20 -Verbose | Out-Null");

            Assert.Contains("Page 1: 20 transactions.", Session.Host.Output);
            Assert.Contains(", the last page.", Session.Host.Output);
        }

        [Fact]
        public void Long_listings_show_progress_through_the_window_and_end_it()
        {
            Sandbox.Faults.Latency = TimeSpan.FromMilliseconds(120);

            var result = Session.Run("Get-TossTransaction -Date 2026-11-02 -PageSize 3 | Out-Null", progress: true);

            Assert.NotEmpty(result.Progress);
            Assert.All(result.Progress, p => Assert.Equal("Get-TossTransaction", p.Activity));
            Assert.Matches(@"^\d+ transactions from \d+ pages$", result.Progress[0].StatusDescription);
            Assert.InRange(result.Progress[0].PercentComplete, 1, 99);
            Assert.Equal(ProgressRecordType.Completed, result.Progress[^1].RecordType);
        }

        [Fact]
        public async Task Ctrl_C_stops_between_pages_and_no_further_page_is_asked_for()
        {
            Sandbox.Faults.Latency = TimeSpan.FromMilliseconds(100);
            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = Session.Runspace;
            shell.AddScript("Get-TossTransaction -Date 2026-11-02 -PageSize 1");

            var running = shell.BeginInvoke();
            while (Sandbox.Requests.Count < 3)
            {
                await Task.Delay(20);
            }

            await Task.Run(shell.Stop).WaitAsync(TimeSpan.FromSeconds(30));
            var arrivedByStop = Sandbox.Requests.Arrivals;
            await Task.Delay(500);

            Assert.Equal(PSInvocationState.Stopped, shell.InvocationStateInfo.State);
            Assert.Throws<PipelineStoppedException>(() => shell.EndInvoke(running));
            Assert.Equal(arrivedByStop, Sandbox.Requests.Arrivals);
            Assert.InRange(arrivedByStop, 3, SeededKeys.Length - 1);
        }

        [Fact]
        public void The_table_view_shows_time_order_status_method_amount_and_keys()
        {
            Session.Run("Get-TossTransaction -Date 2026-11-02 -First 3 | Out-Host").AssertNoErrors();

            var screen = Regex.Replace(Session.Host.Output, @"\x1b\[[0-9;]*m", "");
            Assert.Matches(new Regex(@"TransactionAt\s+OrderId\s+Status\s+Method\s+Amount\s+TransactionKey\s+PaymentKey"), screen);
            Assert.Matches(new Regex(@"2026-11-02 09:\d\d:\d\d\s+ORDER-000001\s+DONE\s+CARD\s+[\d,]+\s"), screen);
        }
    }
}
