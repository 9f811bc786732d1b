using System;
using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>New-TossVirtualAccount in the engine: a batch of invoices from CSV rows, each issued once, bad rows refused with the row.</summary>
    public sealed class VirtualAccountCmdletTests : ModuleTest
    {
        private const string Header = "orderId,orderName,amount,customerName,bank,validHours,dueDate";

        private ModuleSession.Result Issue(string csv, string parameters = "") =>
            Session.Run("$input | New-TossVirtualAccount " + parameters, CsvRows.Parse(csv));

        private static string Property(ModuleSession.Result result, int index, string path) =>
            path.Split('.').Aggregate((object?)result.Output[index], (value, name) => System.Management.Automation.PSObject.AsPSObject(value!).Properties[name]?.Value)?.ToString() ?? "";

        [Fact]
        public void Each_row_gets_its_own_account_in_input_order()
        {
            var result = Issue($"{Header}\nINV-2026-11-001,11월 관리비,150000,김토스,88,,\nINV-2026-11-002,11월 관리비,98000,이토스,06,24,");

            result.AssertNoErrors();
            Assert.Equal(["INV-2026-11-001", "INV-2026-11-002"], result.Output.Select((_, i) => Property(result, i, "OrderId")));
            Assert.All(result.Output.Select((_, i) => Property(result, i, "Status")), status => Assert.Equal("WAITING_FOR_DEPOSIT", status));
            Assert.Equal("06", Property(result, 1, "VirtualAccount.BankCode"));
            Assert.StartsWith("ps_", Property(result, 0, "Secret"));
        }

        [Fact]
        public void WhatIf_issues_nothing()
        {
            var result = Issue($"{Header}\nINV-2026-11-003,관리비,150000,김토스,88,,", "-WhatIf");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
        }

        [Theory]
        [InlineData("INV-2026-11-004,관리비,150000,김토스,004,,", "InvalidBank")]
        [InlineData("INV-2026-11-004,관리비,150000,김토스,88,24.5,", "InvalidValidHours")]
        [InlineData("INV-2026-11-004,관리비,150000,김토스,88,24,2026-12-31", "InvalidDueDate")]
        [InlineData("INV-2026-11-004,관리비,1500.5,김토스,88,,", "InvalidAmount")]
        [InlineData("INV-2026-11-004,,150000,김토스,88,,", "InvalidText")]
        public void A_row_the_API_would_refuse_is_refused_with_the_row_and_the_rest_go_on(string badRow, string errorId)
        {
            var result = Issue($"{Header}\n{badRow}\nINV-2026-11-005,관리비,150000,김토스,88,,");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
            Assert.Equal("INV-2026-11-004", System.Management.Automation.PSObject.AsPSObject(error.TargetObject).Properties["orderId"]?.Value);
            Assert.Equal("INV-2026-11-005", Property(result, 0, "OrderId"));
            Assert.Equal(1, PostsReceived);
        }

        [Fact]
        public void Running_the_same_batch_again_issues_no_second_account()
        {
            var csv = $"{Header}\nINV-2026-11-006,관리비,150000,김토스,88,,\nINV-2026-11-007,관리비,50000,박토스,20,,";
            Issue(csv).AssertNoErrors();

            var again = Issue(csv);

            Assert.Empty(again.Output);
            Assert.All(again.Errors, e => Assert.StartsWith("DUPLICATED_ORDER_ID,", e.FullyQualifiedErrorId));
            Assert.Equal(2, Sandbox.Store.All.Count(p => p.OrderId.StartsWith("INV-2026-11-00", StringComparison.Ordinal) && p.VirtualAccount is not null));
        }

        [Fact]
        public void A_misspelled_column_is_refused_before_anything_is_sent()
        {
            var result = Issue("orderId,orderName,amount,customerName,bank,validHuors\nINV-2026-11-008,관리비,150000,김토스,88,24");

            Assert.Single(result.Errors);
            Assert.Empty(result.Output);
            Assert.Equal(0, PostsReceived);
        }
    }
}
