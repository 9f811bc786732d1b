using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TossPayments.Reports;

namespace TossPayments.Tests.Contract
{
    /// <summary>What the contract suite may use of a test account, read from environment variables.</summary>
    [Flags]
    public enum ContractNeeds
    {
        /// <summary>Only a test secret key: every request is refused or reads nothing of the account.</summary>
        Key = 0,

        /// <summary>A DONE card payment, only read and sent refused changes.</summary>
        Payment = 1,

        /// <summary>A DONE card payment that the suite cancels 100 won at a time.</summary>
        CancelablePayment = 2,
    }

    /// <summary>
    /// The environment variables that point the contract suite at the real test API. Without a secret
    /// key the test-API cases are skipped and the sandbox cases still run.
    /// </summary>
    public sealed class ContractSettings
    {
        public const string SecretKeyVariable = "TOSSPAYMENTS_CONTRACT_SECRET_KEY";
        public const string BaseUriVariable = "TOSSPAYMENTS_CONTRACT_BASE_URI";
        public const string PaymentKeyVariable = "TOSSPAYMENTS_CONTRACT_PAYMENT_KEY";
        public const string CancelablePaymentKeyVariable = "TOSSPAYMENTS_CONTRACT_CANCELABLE_PAYMENT_KEY";
        public const string ReportDayVariable = "TOSSPAYMENTS_CONTRACT_REPORT_DAY";

        private readonly Func<string, string?> _variable;

        public ContractSettings(Func<string, string?> variable) => _variable = variable;

        /// <summary>The settings of this process's environment.</summary>
        public static ContractSettings FromEnvironment { get; } = new(Environment.GetEnvironmentVariable);

        public string? SecretKey => Read(SecretKeyVariable);

        public Uri BaseAddress => Read(BaseUriVariable) is { } uri ? new Uri(uri.TrimEnd('/') + "/") : TossPaymentsClientOptions.DefaultBaseAddress;

        public string? PaymentKey => Read(PaymentKeyVariable);

        public string? CancelablePaymentKey => Read(CancelablePaymentKeyVariable);

        /// <summary>The day whose transactions and settlements are listed: the variable's, or today in Korea.</summary>
        public DateTime ReportDay => Read(ReportDayVariable) is { } day
            ? DateTime.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : DateTimeOffset.UtcNow.ToOffset(KoreaTime.Offset).Date;

        /// <summary>Why a test-API case cannot run here, or null when everything it needs is set.</summary>
        public string? SkipReason(ContractNeeds needs)
        {
            var missing = new List<string>();
            if (SecretKey is null) missing.Add(SecretKeyVariable + " (a test_sk_ key)");
            if (needs.HasFlag(ContractNeeds.Payment) && PaymentKey is null) missing.Add(PaymentKeyVariable + " (a DONE card payment)");
            if (needs.HasFlag(ContractNeeds.CancelablePayment) && CancelablePaymentKey is null)
            {
                missing.Add(CancelablePaymentKeyVariable + " (a DONE card payment the suite may cancel 100 won at a time)");
            }

            return missing.Count == 0 ? null : "Runs against the real test API when set: " + string.Join(", ", missing) + ".";
        }

        private string? Read(string name) =>
            _variable(name) is { Length: > 0 } value ? value.Trim() : null;
    }
}
