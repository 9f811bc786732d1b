using System;
using System.Globalization;
using TossPayments;

namespace TossPayments.PowerShell.Connections
{
    /// <summary>
    /// The settings a connection is made from, with their defaults, whether they come from
    /// <c>Connect-TossPayments</c> or from the environment variables.
    /// </summary>
    internal sealed class ConnectionSettings
    {
        public const double DefaultTimeoutSec = 30;
        public const int DefaultMaximumRetryCount = 2;
        public const double DefaultRetryIntervalSec = 0.5;
        public const double DefaultMaximumRetryDurationSec = 120;

        /// <summary>The environment variables a scheduled task or a new runspace is configured with.</summary>
        public static readonly string[] EnvironmentVariables =
        [
            ConnectionStore.SecretKeyVariable, ConnectionStore.BaseUriVariable, "TOSSPAYMENTS_TIMEOUT_SEC", "TOSSPAYMENTS_MAXIMUM_RETRY_COUNT",
            "TOSSPAYMENTS_RETRY_INTERVAL_SEC", "TOSSPAYMENTS_MAXIMUM_RETRY_DURATION_SEC", "TOSSPAYMENTS_ACCEPT_LANGUAGE",
        ];

        public string SecretKey { get; set; } = "";

        public Uri BaseUri { get; set; } = TossPaymentsClientOptions.DefaultBaseAddress;

        public double TimeoutSec { get; set; } = DefaultTimeoutSec;

        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;

        public double RetryIntervalSec { get; set; } = DefaultRetryIntervalSec;

        public double MaximumRetryDurationSec { get; set; } = DefaultMaximumRetryDurationSec;

        public string? AcceptLanguage { get; set; }

        /// <summary>Reads the environment variables; null when no secret key is set.</summary>
        /// <exception cref="FormatException">A variable holds something that is not a number or address.</exception>
        public static ConnectionSettings? FromEnvironment()
        {
            var key = Environment.GetEnvironmentVariable(ConnectionStore.SecretKeyVariable);
            if (string.IsNullOrEmpty(key))
            {
                return null;
            }

            var settings = new ConnectionSettings { SecretKey = key!, AcceptLanguage = Variable("TOSSPAYMENTS_ACCEPT_LANGUAGE") };
            if (Variable(ConnectionStore.BaseUriVariable) is string baseUri)
            {
                settings.BaseUri = Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) ? uri
                    : throw new FormatException($"{ConnectionStore.BaseUriVariable} '{baseUri}' is not an absolute address.");
            }

            settings.TimeoutSec = Number("TOSSPAYMENTS_TIMEOUT_SEC", settings.TimeoutSec);
            settings.MaximumRetryCount = (int)Number("TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", settings.MaximumRetryCount);
            settings.RetryIntervalSec = Number("TOSSPAYMENTS_RETRY_INTERVAL_SEC", settings.RetryIntervalSec);
            settings.MaximumRetryDurationSec = Number("TOSSPAYMENTS_MAXIMUM_RETRY_DURATION_SEC", settings.MaximumRetryDurationSec);
            return settings;
        }

        /// <summary>Every value but the key, for noticing that the environment changed.</summary>
        public string Describe() =>
            string.Join("\n", BaseUri, TimeoutSec, MaximumRetryCount, RetryIntervalSec, MaximumRetryDurationSec, AcceptLanguage);

        /// <summary>Makes the connection; its options are checked as a whole.</summary>
        /// <exception cref="TossPaymentsValidationException">The settings do not hold together.</exception>
        public TossPaymentsConnection Connect(string source) =>
            new TossPaymentsConnection(
                new TossPaymentsClientOptions(SecretKey)
                {
                    BaseAddress = BaseUri,
                    Timeout = TimeSpan.FromSeconds(TimeoutSec),
                    MaxRetries = MaximumRetryCount,
                    RetryBaseDelay = TimeSpan.FromSeconds(RetryIntervalSec),
                    MaxRetryDuration = TimeSpan.FromSeconds(MaximumRetryDurationSec),
                    AcceptLanguage = AcceptLanguage == "ko-KR" ? null : AcceptLanguage,
                    UserAgentSuffix = TossPaymentsCmdlet.UserAgent,
                },
                source);

        private static string? Variable(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        private static double Number(string name, double fallback) =>
            Variable(name) is string text
                ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
                    ? value
                    : throw new FormatException($"{name} '{text}' is not a number of zero or more.")
                : fallback;
    }
}
