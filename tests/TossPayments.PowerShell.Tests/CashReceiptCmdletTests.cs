using System;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// New-, Stop- and Get-TossCashReceipt in the engine: a day's sales from CSV rows each given one
    /// receipt, cancels whole or in part, the day listed page by page; bad rows refused with the row.
    /// </summary>
    public sealed class CashReceiptCmdletTests : ModuleTest
    {
        private const string Header = "orderId,orderName,amount,type,customerIdentityNumber";

        // A fixed day, so that "today" is the same for the sandbox and the listing.
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 11, Payments = 60, LogRequests = false, Clock = new FixedClock(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(9))),
        };

        private ModuleSession.Result Issue(string csv, string parameters = "") =>
            Session.Run("$input | New-TossCashReceipt " + parameters, CsvRows.Parse(csv));

        private string[] IssuedKeys(int count)
        {
            var rows = string.Concat(Enumerable.Range(1, count).Select(i => $"\nCR-2026-11-{i:000},커피,{i * 1000},소득공제,010-1234-5678"));
            var result = Issue(Header + rows);
            result.AssertNoErrors();
            return result.Output.Select(r => (string)r.Properties["ReceiptKey"].Value).ToArray();
        }

        [Fact]
        public void Each_row_gets_its_receipt_in_progress_in_input_order()
        {
            var result = Issue($"{Header}\nCR-2026-11-001,커피,4500,소득공제,010-1234-5678\nCR-2026-11-002,원두,32000,지출증빙,123-45-67890");

            result.AssertNoErrors();
            Assert.Equal(["CR-2026-11-001", "CR-2026-11-002"], result.Output.Select(r => r.Properties["OrderId"].Value));
            Assert.All(result.Output, r => Assert.Equal(("IN_PROGRESS", "CONFIRM"), ((string)r.Properties["IssueStatus"].Value, (string)r.Properties["TransactionType"].Value)));
            Assert.Equal("지출증빙", result.Get(1, "Type"));
        }

        [Fact]
        public void English_type_names_are_sent_as_the_APIs()
        {
            var result = Issue($"{Header}\nCR-2026-11-003,원두,32000,ExpenseProof,1234567890\nCR-2026-11-004,커피,4500,incomededuction,01012345678");

            result.AssertNoErrors();
            Assert.Equal(["지출증빙", "소득공제"], result.Output.Select(r => r.Properties["Type"].Value));
        }

        [Fact]
        public void WhatIf_issues_nothing()
        {
            var result = Issue($"{Header}\nCR-2026-11-005,커피,4500,소득공제,010-1234-5678", "-WhatIf");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
        }

        [Theory]
        [InlineData("CR-2026-11-006,커피,\"4,50\",소득공제,010-1234-5678", "InvalidAmount")]
        [InlineData("CR-2026-11-006,커피,4500,영수증,010-1234-5678", "InvalidCashReceiptType")]
        [InlineData("CR-2026-11-006,커피,4500,소득공제,010-12ab-5678", "InvalidIdentityNumber")]
        [InlineData("CR-2026-11-006,커피,4500,지출증빙,010-1234-5678", "INVALID_REGISTRATION_NUMBER_TYPE")]
        public void A_row_that_cannot_be_issued_is_refused_with_the_row_and_the_rest_go_on(string badRow, string errorId)
        {
            var result = Issue($"{Header}\n{badRow}\nCR-2026-11-007,커피,4500,소득공제,010-1234-5678");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
            Assert.Equal("CR-2026-11-006", PSObject.AsPSObject(error.TargetObject).Properties["orderId"]?.Value);
            Assert.Equal("CR-2026-11-007", Assert.Single(result.Output).Properties["OrderId"].Value);
        }

        [Fact]
        public void An_identity_number_is_never_repeated_in_an_error()
        {
            var result = Issue($"{Header}\nCR-2026-11-008,커피,4500,소득공제,010-98ab-7654");

            var error = Assert.Single(result.Errors);
            Assert.DoesNotContain("98ab", error.Exception.Message + error.ErrorDetails?.Message + error.ErrorDetails?.RecommendedAction, StringComparison.Ordinal);
        }

        [Fact]
        public void Running_the_same_sales_again_issues_no_second_receipt()
        {
            var csv = $"{Header}\nCR-2026-11-009,커피,4500,소득공제,010-1234-5678";
            Issue(csv).AssertNoErrors();

            var again = Issue(csv);

            Assert.StartsWith("DUPLICATED_CASH_RECEIPT,", Assert.Single(again.Errors).FullyQualifiedErrorId);
            Assert.Single(Sandbox.CashReceipts.All);
        }

        [Fact]
        public void A_partial_cancel_is_a_CANCEL_receipt_of_that_amount_keyed_c_and_the_receipts_key()
        {
            var key = IssuedKeys(3)[2];

            var result = Session.Run($"Stop-TossCashReceipt {key} -CancelAmount 1000 -Force");

            result.AssertNoErrors();
            Assert.Equal(("CANCEL", 1000m, "c_" + key), ((string)result.Get(0, "TransactionType")!, (decimal)result.Get(0, "Amount")!, (string)result.Get(0, "ReceiptKey")!));
        }

        [Fact]
        public void Piped_receipts_are_canceled_whole()
        {
            IssuedKeys(2);

            var result = Session.Run("Get-TossCashReceipt 2026-11-24 | Stop-TossCashReceipt -Force");

            result.AssertNoErrors();
            Assert.Equal([1000m, 2000m], result.Output.Select(r => (decimal)r.Properties["Amount"].Value).Order());
            Assert.All(result.Output, r => Assert.Equal("CANCEL", r.Properties["TransactionType"].Value));
        }

        [Fact]
        public void A_CSV_with_an_amount_column_but_no_cancelAmount_is_refused_rather_than_canceled_whole()
        {
            var key = IssuedKeys(1)[0];

            var result = Session.Run("$input | Stop-TossCashReceipt -Force", CsvRows.Parse($"receiptKey,amount\n{key},500"));

            Assert.StartsWith("AmbiguousColumn,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Stop_WhatIf_cancels_nothing()
        {
            var key = IssuedKeys(1)[0];

            Session.Run($"Stop-TossCashReceipt {key} -WhatIf").AssertNoErrors();

            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void The_days_issues_and_cancels_are_listed_in_order_across_pages()
        {
            var keys = IssuedKeys(5);
            Session.Run($"Stop-TossCashReceipt {keys[0]} -Force").AssertNoErrors();

            var result = Session.Run("Get-TossCashReceipt -RequestDate 2026-11-24 -PageSize 2");

            result.AssertNoErrors();
            Assert.Equal(Sandbox.CashReceipts.All.Select(r => r.ReceiptKey), result.Output.Select(r => r.Properties["ReceiptKey"].Value));
            Assert.Equal(keys.Order(StringComparer.Ordinal).Append("c_" + keys[0]), result.Output.Take(5).Select(r => (string)r.Properties["ReceiptKey"].Value).Order(StringComparer.Ordinal).Append(result.Output[5].Properties["ReceiptKey"].Value));
            Assert.Equal(3, Sandbox.Requests.Entries.Count(e => e.Path == "/v1/cash-receipts" && e.Method == "GET"));
        }

        [Fact]
        public void First_reads_no_page_past_the_one_it_needs()
        {
            IssuedKeys(5);

            var result = Session.Run("Get-TossCashReceipt 2026-11-24 -First 2");

            Assert.Equal(2, result.Output.Count);
            Assert.Single(Sandbox.Requests.Entries, e => e.Path == "/v1/cash-receipts" && e.Method == "GET");
        }

        [Fact]
        public void A_receipt_is_completed_a_day_after_its_request()
        {
            IssuedKeys(1);
            Sandbox.Clock.Advance(TimeSpan.FromDays(1));

            var result = Session.Run("Get-TossCashReceipt 2026-11-24");

            Assert.Equal("COMPLETED", result.Get(0, "IssueStatus"));
        }
    }
}
