using System;
using System.Collections.Generic;

namespace TossPayments.Tests.Contract
{
    /// <summary>How the contract suite chooses the real test API, and what keeps it from running where it must not.</summary>
    public sealed class ContractHarnessTests
    {
        private static ContractSettings With(params (string Name, string Value)[] variables)
        {
            var set = new Dictionary<string, string>();
            foreach (var (name, value) in variables) set[name] = value;
            return new ContractSettings(name => set.TryGetValue(name, out var value) ? value : null);
        }

        [Fact]
        public void Without_a_secret_key_the_test_api_cases_are_skipped_naming_the_variable()
        {
            var reason = With().SkipReason(ContractNeeds.Key);

            Assert.Contains(ContractSettings.SecretKeyVariable, reason);
        }

        [Fact]
        public void A_case_that_needs_a_payment_is_skipped_until_its_variable_is_set()
        {
            var keyOnly = With((ContractSettings.SecretKeyVariable, "test_sk_x"));
            var withPayment = With((ContractSettings.SecretKeyVariable, "test_sk_x"), (ContractSettings.PaymentKeyVariable, "tgen_1"));

            Assert.Contains(ContractSettings.PaymentKeyVariable, keyOnly.SkipReason(ContractNeeds.Payment));
            Assert.Null(withPayment.SkipReason(ContractNeeds.Payment));
            Assert.Contains(ContractSettings.CancelablePaymentKeyVariable, withPayment.SkipReason(ContractNeeds.CancelablePayment));
        }

        [Fact]
        public void A_live_key_is_refused_before_anything_is_sent()
        {
            var live = With((ContractSettings.SecretKeyVariable, "live_sk_zXLkKEypNArWmo50nX3lmeaxYG5R"));

            var error = Assert.Throws<InvalidOperationException>(() => ContractTarget.ForTestApi(live));

            Assert.Contains("never runs in live mode", error.Message);
        }

        [Fact]
        public void The_test_api_target_takes_its_address_key_and_day_from_the_variables()
        {
            var settings = With((ContractSettings.SecretKeyVariable, "test_sk_x"), (ContractSettings.BaseUriVariable, "http://127.0.0.1:5117"),
                (ContractSettings.ReportDayVariable, "2026-11-02"));

            var target = ContractTarget.ForTestApi(settings);

            Assert.Equal(("test_sk_x", new Uri("http://127.0.0.1:5117/"), new DateTime(2026, 11, 2)), (target.SecretKey, target.BaseAddress, target.ReportDay));
        }

        [Fact]
        public void The_test_api_is_the_real_one_unless_an_address_is_given()
        {
            var target = ContractTarget.ForTestApi(With((ContractSettings.SecretKeyVariable, "test_sk_x")));

            Assert.Equal(TossPaymentsClientOptions.DefaultBaseAddress, target.BaseAddress);
        }
    }
}
