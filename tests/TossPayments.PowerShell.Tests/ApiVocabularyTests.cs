using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// Payments, transactions and settlements speak the API's vocabulary in PowerShell: statuses,
    /// methods and the other enum-like fields compare, filter, sort and print as the API's names
    /// (PARTIAL_CANCELED, WAITING_FOR_DEPOSIT, VIRTUAL_ACCOUNT), and ToJson() gives the API's own
    /// JSON back with nothing lost.
    /// </summary>
    public sealed class ApiVocabularyTests : ModuleTest
    {
        [Theory]
        [InlineData("PARTIAL_CANCELED")]
        [InlineData("WAITING_FOR_DEPOSIT")]
        [InlineData("IN_PROGRESS")]
        [InlineData("DONE")]
        [InlineData("READY")]
        public void Where_Object_Status_finds_payments_by_the_APIs_status_name(string status)
        {
            var keys = Sandbox.Store.All.Select(p => p.PaymentKey).ToArray();
            var expected = Sandbox.Store.All.Where(p => p.Status.ToString() == status).Select(p => p.PaymentKey).ToArray();

            var result = Session.Run($"$keys | Get-TossPayment -ThrottleLimit 8 | Where-Object Status -eq '{status}' | ForEach-Object PaymentKey",
                variables: new Dictionary<string, object?> { ["keys"] = keys });

            result.AssertNoErrors();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Statuses_methods_and_types_print_as_the_APIs_names()
        {
            var deposit = Sandbox.Store.All.First(p => p.VirtualAccount is not null);

            var result = Session.Run("$p = Get-TossPayment $key; \"$($p.Status)|$($p.Method)|$($p.Type)\"; $p.Method -eq 'VIRTUAL_ACCOUNT'",
                variables: new Dictionary<string, object?> { ["key"] = deposit.PaymentKey });

            result.AssertNoErrors();
            Assert.Equal($"{deposit.Status}|VIRTUAL_ACCOUNT|NORMAL", result.Output[0].ToString());
            Assert.Equal(true, result.Output[1].BaseObject);
        }

        [Fact]
        public void Sorting_by_status_follows_a_payments_life_and_grouping_names_the_APIs_statuses()
        {
            var keys = Sandbox.Store.All.Select(p => p.PaymentKey).ToArray();

            var result = Session.Run("""
                $payments = $keys | Get-TossPayment -ThrottleLimit 8
                $names = [System.Collections.Generic.List[string]]::new()
                foreach ($p in [System.Linq.Enumerable]::OrderBy([TossPayments.Models.Payment[]]@($payments), [Func[TossPayments.Models.Payment, TossPayments.Models.PaymentStatus]] { param($x) $x.Status })) {
                    if ($names.Count -eq 0 -or $names[-1] -ne "$($p.Status)") { $names.Add("$($p.Status)") }
                }
                $names
                """, variables: new Dictionary<string, object?> { ["keys"] = keys });

            result.AssertNoErrors();
            var order = new[] { "READY", "IN_PROGRESS", "WAITING_FOR_DEPOSIT", "DONE", "CANCELED", "PARTIAL_CANCELED", "ABORTED", "EXPIRED" };
            var names = result.Output.Select(o => o.ToString()).ToList();
            Assert.Equal(order.Where(names.Contains), names);
        }

        [Fact]
        public void Transactions_and_settlements_speak_the_same_vocabulary()
        {
            var result = Session.Run("""
                @(Get-TossTransaction -Date 2026-11-02 | Where-Object Method -eq 'CARD' | Where-Object Status -eq 'DONE').Count -gt 0
                @(Get-TossSettlement 2026-11-02 2026-11-02 | Where-Object Method -eq 'CARD').Count -gt 0
                "$((Get-TossSettlement 2026-11-02 2026-11-02 -First 1).Fees[0].Type)"
                """);

            result.AssertNoErrors();
            Assert.Equal(true, result.Output[0].BaseObject);
            Assert.Equal(true, result.Output[1].BaseObject);
            Assert.Matches("^[A-Z_]+$", result.Output[2].ToString());
        }

        [Fact]
        public async System.Threading.Tasks.Task ToJson_gives_back_the_APIs_own_JSON_with_nothing_lost()
        {
            var card = DoneCards(1)[0];
            using var http = new HttpClient { BaseAddress = Sandbox.BaseAddress };
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String("test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R:"u8.ToArray()));
            var raw = await http.GetStringAsync($"v1/payments/{card.PaymentKey}");

            var result = Session.Run("$json = (Get-TossPayment $key).ToJson(); $json; [TossPayments.Json.TossJson]::DeserializePayment($json).ToJson() -ceq $json",
                variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            result.AssertNoErrors();
            JsonAssert.Equivalent(raw, result.Output[0].ToString());
            Assert.Equal(true, result.Output[1].BaseObject);
        }
    }
}
