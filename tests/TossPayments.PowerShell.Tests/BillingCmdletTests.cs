using System;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// New-TossBillingKey, Invoke-TossBillingCharge and Remove-TossBillingKey in the engine: keys
    /// from auth keys, a monthly CSV of subscribers charged once per customer and period however
    /// often it runs, keys removed so they charge no more, bad rows refused with the row, the
    /// billing key never shown whole.
    /// </summary>
    public sealed class BillingCmdletTests : ModuleTest
    {
        private const string Header = "customerKey,billingKey,amount,orderName";

        private string KeyFor(string customerKey) =>
            Sandbox.Billing.Issue(Sandbox.Billing.NewAuthKey(customerKey), customerKey, Sandbox.Clock.KoreaNow)!.Key;

        // Subscribers c-0001… with their billing keys, as the monthly CSV holds them.
        private string Subscribers(int count, decimal amount = 9900m) =>
            Header + string.Concat(Enumerable.Range(1, count).Select(i => $"\nc-{i:0000}-7f3a,{KeyFor($"c-{i:0000}-7f3a")},{amount},11월 구독료"));

        private ModuleSession.Result Charge(string csv, string parameters = "-Period 2026-11 -Force") =>
            Session.Run("$input | Invoke-TossBillingCharge " + parameters, CsvRows.Parse(csv));

        private SandboxPayment[] Charged => Sandbox.Store.All.Where(p => p.Type == "BILLING").ToArray();

        private ModuleSession.Result Remove(string csv, string parameters = "-Force") =>
            Session.Run("$input | Remove-TossBillingKey " + parameters, CsvRows.Parse(csv));

        private int DeletesReceived => Sandbox.Requests.Entries.Count(e => e.Method == "DELETE");

        private static string[] KeysOf(string csv) => csv.Split('\n').Skip(1).Select(line => line.Split(',')[1]).ToArray();

        [Fact]
        public void New_TossBillingKey_turns_each_rows_auth_key_into_a_billing_key()
        {
            var rows = $"customerKey,authKey\nc-0001-7f3a,{Sandbox.Billing.NewAuthKey("c-0001-7f3a")}\nc-0002-7f3a,{Sandbox.Billing.NewAuthKey("c-0002-7f3a")}";

            var result = Session.Run("$input | New-TossBillingKey", CsvRows.Parse(rows));

            result.AssertNoErrors();
            Assert.Equal(["c-0001-7f3a", "c-0002-7f3a"], result.Output.Select(o => o.Properties["CustomerKey"].Value));
            Assert.All(result.Output, billing => Assert.NotNull(Sandbox.Billing.Find((string)billing.Properties["BillingKey"].Value)));
        }

        [Fact]
        public void New_TossBillingKey_reports_a_used_auth_key_with_its_row()
        {
            var authKey = Sandbox.Billing.NewAuthKey("c-0001-7f3a");
            Session.Run($"New-TossBillingKey c-0001-7f3a {authKey}").AssertNoErrors();

            var again = Session.Run($"New-TossBillingKey c-0001-7f3a {authKey}");

            Assert.StartsWith("INVALID_BILLING_AUTH,", Assert.Single(again.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void Each_subscriber_is_charged_as_a_billing_payment_whose_order_id_starts_with_the_period()
        {
            var result = Charge(Subscribers(3));

            result.AssertNoErrors();
            Assert.Equal(3, result.Output.Count);
            Assert.All(result.Output, payment => Assert.Equal("BILLING", payment.Properties["RawType"].Value));
            Assert.All(result.Output, payment => Assert.StartsWith("2026-11-", (string)payment.Properties["OrderId"].Value));
            Assert.Equal(3, Charged.Length);
        }

        [Fact]
        public void Running_the_same_month_again_charges_no_one_twice_and_writes_the_same_payments()
        {
            var csv = Subscribers(3);
            var first = Charge(csv);

            var again = Charge(csv);

            again.AssertNoErrors();
            Assert.Equal(first.Output.Select(p => p.Properties["PaymentKey"].Value), again.Output.Select(p => p.Properties["PaymentKey"].Value));
            Assert.Equal(3, Charged.Length);
        }

        [Fact]
        public void The_next_period_charges_everyone_again()
        {
            var csv = Subscribers(2);
            Charge(csv).AssertNoErrors();

            Charge(csv, "-Period 2026-12 -Force").AssertNoErrors();

            Assert.Equal(4, Charged.Length);
        }

        [Fact]
        public void A_changed_amount_in_a_period_already_charged_is_not_a_second_charge()
        {
            var csv = Subscribers(1);
            Charge(csv).AssertNoErrors();

            var changed = Charge(csv.Replace(",9900,", ",12900,", StringComparison.Ordinal));

            Assert.Empty(changed.Output);
            Assert.Single(changed.Errors);
            Assert.Equal(9900m, Assert.Single(Charged).TotalAmount);
        }

        [Fact]
        public void A_subscriber_listed_twice_in_a_period_is_charged_once_and_the_second_row_refused()
        {
            var csv = Subscribers(1);
            var twice = csv + "\n" + csv.Split('\n')[1];

            var result = Charge(twice);

            Assert.Single(result.Output);
            Assert.StartsWith("IdempotencyKeyReused,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Single(Charged);
        }

        [Fact]
        public void Without_a_period_or_an_order_id_nothing_is_charged()
        {
            var result = Charge(Subscribers(1), "-Force");

            Assert.StartsWith("MissingPeriod,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void An_order_id_column_names_the_charge_and_its_key()
        {
            var csv = "orderId," + Header + $"\nSUB-0001-2611,c-0001-7f3a,{KeyFor("c-0001-7f3a")},9900,11월 구독료";

            var result = Charge(csv, "-Force");

            result.AssertNoErrors();
            Assert.Equal("SUB-0001-2611", result.Get(0, "OrderId"));
            Assert.Equal("billing-SUB-0001-2611", Sandbox.Requests.Entries.Single(e => e.Method == "POST").IdempotencyKey);
        }

        [Fact]
        public void A_declined_customer_is_refused_again_by_the_same_attempt_and_charged_by_the_next()
        {
            var csv = Subscribers(1);
            var billingKey = csv.Split('\n')[1].Split(',')[1];
            Sandbox.Billing.Decline(billingKey, "REJECT_CARD_PAYMENT");
            Assert.StartsWith("REJECT_CARD_PAYMENT,", Assert.Single(Charge(csv).Errors).FullyQualifiedErrorId);
            Sandbox.Billing.Decline(billingKey, null);

            var sameAttempt = Charge(csv);
            var nextAttempt = Charge(csv, "-Period 2026-11 -Attempt 2 -Force");

            Assert.StartsWith("REJECT_CARD_PAYMENT,", Assert.Single(sameAttempt.Errors).FullyQualifiedErrorId);
            nextAttempt.AssertNoErrors();
            Assert.Single(Charged);
        }

        [Fact]
        public void A_later_attempt_at_an_order_already_charged_charges_nothing()
        {
            var csv = Subscribers(1);
            Charge(csv).AssertNoErrors();

            var result = Charge(csv, "-Period 2026-11 -Attempt 2 -Force");

            Assert.StartsWith("DUPLICATED_ORDER_ID,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Single(Charged);
        }

        [Fact]
        public void An_attempt_with_a_key_of_its_own_is_refused_before_anything_is_sent()
        {
            var result = Charge(Subscribers(1), "-Period 2026-11 -Attempt 2 -IdempotencyKey my-key-0001 -Force");

            Assert.StartsWith("ConflictingAttempt,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, PostsReceived);
        }

        [Theory]
        [InlineData("9,90", "InvalidAmount")]
        [InlineData("", "InvalidAmount")]
        [InlineData("9900.5", "InvalidAmount")]
        public void A_row_whose_amount_cannot_be_read_exactly_is_refused_with_the_row_and_the_rest_go_on(string amount, string errorId)
        {
            var csv = Subscribers(2);
            var lines = csv.Split('\n');
            lines[1] = lines[1].Replace(",9900,", $",\"{amount}\",", StringComparison.Ordinal);

            var result = Charge(string.Join('\n', lines));

            var error = Assert.Single(result.Errors);
            Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
            Assert.Equal("c-0001-7f3a", PSObject.AsPSObject(error.TargetObject).Properties["customerKey"]?.Value);
            Assert.Equal(result.Get(0, "OrderId"), Assert.Single(Charged).OrderId);
        }

        [Fact]
        public void A_billing_key_of_another_customer_is_refused_by_TossPayments_and_the_rest_go_on()
        {
            var csv = Header + $"\nc-0001-7f3a,{KeyFor("c-0002-7f3a")},9900,11월 구독료\nc-0003-7f3a,{KeyFor("c-0003-7f3a")},9900,11월 구독료";

            var result = Charge(csv);

            Assert.StartsWith("NOT_MATCHES_CUSTOMER_KEY,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Single(result.Output);
        }

        [Fact]
        public void WhatIf_charges_nothing()
        {
            var result = Charge(Subscribers(2), "-Period 2026-11 -WhatIf");

            result.AssertNoErrors();
            Assert.Equal(0, PostsReceived);
            Assert.Contains("Charge 9,900", Session.Host.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void A_misspelled_column_is_refused_before_anything_is_charged()
        {
            var result = Charge($"order id,{Header}\nSUB-0001-2611,c-0001-7f3a,{KeyFor("c-0001-7f3a")},9900,11월 구독료");

            Assert.StartsWith("MisspelledColumn,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, PostsReceived);
        }

        [Fact]
        public void Remove_TossBillingKey_WhatIf_removes_nothing_and_shows_each_key_masked()
        {
            var csv = Subscribers(2);

            var result = Remove(csv, "-WhatIf");

            result.AssertNoErrors();
            Assert.Empty(result.Output);
            Assert.Equal(0, DeletesReceived);
            Assert.All(KeysOf(csv), key =>
            {
                Assert.Contains($"Performing the operation \"Remove\" on target \"billing key {key[..4]}****\"", Session.Host.Output, StringComparison.Ordinal);
                Assert.DoesNotContain(key, Session.Host.Output, StringComparison.Ordinal);
                Assert.NotNull(Sandbox.Billing.Find(key));
            });
        }

        [Fact]
        public void Remove_TossBillingKey_asks_by_default_and_a_No_removes_nothing()
        {
            Session.Host.Answer = "No";

            var result = Remove(Subscribers(2), "");

            result.AssertNoErrors();
            Assert.Equal(2, Session.Host.Prompts.Count);
            Assert.Equal(0, DeletesReceived);
        }

        [Fact]
        public void Remove_TossBillingKey_Force_removes_each_rows_key_in_input_order_and_their_charges_are_refused()
        {
            var csv = Subscribers(12);
            var keys = KeysOf(csv);

            var result = Remove(csv, "-Force -ThrottleLimit 8 -Verbose");
            var charge = Charge(csv);

            result.AssertNoErrors();
            Assert.Equal(keys.Select(k => k[..4] + "****"), result.Output.Select(o => o.Properties["MaskedBillingKey"].Value));
            Assert.All(result.Output, removal => Assert.Equal(false, removal.Properties["ConfirmedByRetry"].Value));
            Assert.All(keys, key => Assert.NotNull(Sandbox.Billing.RemovedAt(key)));
            Assert.Equal(12, DeletesReceived);
            Assert.Equal(12, charge.Errors.Count);
            Assert.All(charge.Errors, error => Assert.StartsWith("ALREADY_REMOVED_BILLING_KEY,", error.FullyQualifiedErrorId));
            Assert.Empty(Charged);
        }

        [Fact]
        public void A_key_removed_before_or_never_issued_is_an_error_with_its_row_and_the_rest_go_on()
        {
            var removedBefore = KeyFor("c-0002-7f3a");
            Sandbox.Billing.Remove(removedBefore, Sandbox.Clock.KoreaNow);
            var csv = Header + $"\nc-0001-7f3a,Z_t5bm90LWlzc3VlZC1ieS10aGUtc2FuZGJveA==,9900,x\nc-0002-7f3a,{removedBefore},9900,x\nc-0003-7f3a,{KeyFor("c-0003-7f3a")},9900,x";

            var result = Remove(csv);

            Assert.Single(result.Output);
            Assert.Equal(2, result.Errors.Count);
            Assert.StartsWith("INVALID_BILL_KEY_REQUEST,", result.Errors[0].FullyQualifiedErrorId);
            Assert.StartsWith("ALREADY_REMOVED_BILLING_KEY,", result.Errors[1].FullyQualifiedErrorId);
            Assert.Contains("needs no removal", result.Errors[1].ErrorDetails.RecommendedAction, StringComparison.Ordinal);
            Assert.Equal(["c-0001-7f3a", "c-0002-7f3a"], result.Errors.Select(e => PSObject.AsPSObject(e.TargetObject).Properties["customerKey"].Value));
            Assert.All(result.Errors, e => Assert.DoesNotContain(removedBefore, e.CategoryInfo.TargetName + e.Exception.Message + e.ErrorDetails.RecommendedAction, StringComparison.Ordinal));
        }

        [Fact]
        public void A_key_given_on_the_command_line_fails_with_a_one_column_row_that_shows_it_masked_and_can_be_piped_back()
        {
            var key = KeyFor("c-0001-7f3a");
            Sandbox.Billing.Remove(key, Sandbox.Clock.KoreaNow);

            var result = Session.Run($"Remove-TossBillingKey '{key}' -Force -ErrorVariable failed; $failed.TargetObject | Remove-TossBillingKey -Force");

            Assert.Equal(2, result.Errors.Count);
            Assert.All(result.Errors, error => Assert.StartsWith("ALREADY_REMOVED_BILLING_KEY,", error.FullyQualifiedErrorId));
            Assert.Equal(key, PSObject.AsPSObject(result.Errors[0].TargetObject).Properties["BillingKey"].Value);
            Assert.Equal($"BillingKey={key[..4]}****", result.Errors[0].CategoryInfo.TargetName);
        }

        [Fact]
        public void A_malformed_key_is_refused_before_anything_is_sent()
        {
            var result = Session.Run("Remove-TossBillingKey 'a key with spaces' -Force");

            Assert.StartsWith("InvalidBillingKey,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            Assert.Equal(0, DeletesReceived);
        }

        [Fact]
        public void A_removal_whose_answer_is_lost_is_outcome_unknown_and_running_it_again_says_the_key_is_gone()
        {
            var csv = Subscribers(1);
            Sandbox.Faults.LostResponseRate = 1;

            var lost = Remove(csv);
            Sandbox.Faults.LostResponseRate = 0;
            var again = Remove(csv);

            var unknown = Assert.Single(lost.Errors);
            Assert.StartsWith("TossPaymentsOutcomeUnknown,", unknown.FullyQualifiedErrorId);
            Assert.Contains("Run the same row again: it is safe to repeat as it is", unknown.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
            Assert.DoesNotContain("-IdempotencyKey", unknown.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
            Assert.StartsWith("ALREADY_REMOVED_BILLING_KEY,", Assert.Single(again.Errors).FullyQualifiedErrorId);
            Assert.NotNull(Sandbox.Billing.RemovedAt(KeysOf(csv)[0]));
        }
    }
}
