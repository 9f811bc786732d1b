using System;
using System.Globalization;
using TossPayments;

namespace TossPayments.PowerShell.Connections
{
    /// <summary>
    /// The settings a connection is made from, with their ranges, whether they come from
    /// <c>Connect-TossPayments</c> or from the environment variables. A value out of range, from
    /// either, is refused as <c>TossPaymentsInvalidConnection</c> naming the setting and its range.
    /// The defaults, and the retry limit, are the client's (<see cref="TossPaymentsClientOptions"/>);
    /// the other ranges are the module's bounds on what a script may ask for.
    /// </summary>
    internal sealed class ConnectionSettings
    {
        public const int DefaultMaximumRetryCount = TossPaymentsClientOptions.DefaultMaxRetries;
        public static readonly double DefaultRetryIntervalSec = TossPaymentsClientOptions.DefaultRetryBaseDelay.TotalSeconds;
        public static readonly double DefaultMaximumRetryDurationSec = TossPaymentsClientOptions.DefaultMaxRetryDuration.TotalSeconds;

        /// <summary>The ErrorId of every setting that does not make a connection.</summary>
        public const string InvalidConnection = "TossPaymentsInvalidConnection";

        public const string SecretKeyVariable = "TOSSPAYMENTS_SECRET_KEY";
        public const string BaseUriVariable = "TOSSPAYMENTS_BASE_URI";
        private const string AcceptLanguageVariable = "TOSSPAYMENTS_ACCEPT_LANGUAGE";

        public static readonly Range Timeout = new Range("TimeoutSec", "TOSSPAYMENTS_TIMEOUT_SEC", 1, 600, wholeNumber: false);
        public static readonly Range RetryCount = new Range("MaximumRetryCount", "TOSSPAYMENTS_MAXIMUM_RETRY_COUNT", 0, TossPaymentsClientOptions.MaxRetriesLimit, wholeNumber: true);
        public static readonly Range RetryInterval = new Range("RetryIntervalSec", "TOSSPAYMENTS_RETRY_INTERVAL_SEC", 0, 60, wholeNumber: false);
        public static readonly Range RetryDuration = new Range("MaximumRetryDurationSec", "TOSSPAYMENTS_MAXIMUM_RETRY_DURATION_SEC", 0, 3600, wholeNumber: false);

        /// <summary>Every environment variable a connection is read from.</summary>
        public static readonly string[] Variables =
            [SecretKeyVariable, BaseUriVariable, Timeout.Variable, RetryCount.Variable, RetryInterval.Variable, RetryDuration.Variable, AcceptLanguageVariable];

        /// <summary>The API's default language: nothing is sent for it.</summary>
        public const string Korean = "ko-KR";

        /// <summary>English messages and enum values.</summary>
        public const string English = "en-US";

        /// <summary>The languages the API answers in.</summary>
        public static readonly string[] AcceptLanguages = [Korean, English];

        public string SecretKey { get; set; } = "";

        public Uri BaseUri { get; set; } = TossPaymentsClientOptions.DefaultBaseAddress;

        /// <summary>One timeout for every request; null keeps the client's per-kind ones (<see cref="TossTimeouts"/>).</summary>
        public double? TimeoutSec { get; set; }

        public int MaximumRetryCount { get; set; } = DefaultMaximumRetryCount;

        public double RetryIntervalSec { get; set; } = DefaultRetryIntervalSec;

        public double MaximumRetryDurationSec { get; set; } = DefaultMaximumRetryDurationSec;

        public string? AcceptLanguage { get; set; }

        /// <summary>Reads the environment variables; null when no secret key is set.</summary>
        /// <exception cref="TossPaymentsValidationException">A variable holds something out of its range, or not a number or address.</exception>
        public static ConnectionSettings? FromEnvironment()
        {
            var key = Environment.GetEnvironmentVariable(SecretKeyVariable);
            if (string.IsNullOrEmpty(key))
            {
                return null;
            }

            var settings = new ConnectionSettings { SecretKey = key!, AcceptLanguage = Variable(AcceptLanguageVariable) };
            if (Variable(BaseUriVariable) is string baseUri)
            {
                settings.BaseUri = Uri.TryCreate(baseUri, UriKind.Absolute, out var uri) ? uri
                    : throw Invalid(BaseUriVariable, $"{BaseUriVariable} '{baseUri}' is not an absolute address.");
            }

            if (settings.AcceptLanguage != null && Array.IndexOf(AcceptLanguages, settings.AcceptLanguage) < 0)
            {
                throw Invalid(AcceptLanguageVariable, $"{AcceptLanguageVariable} '{settings.AcceptLanguage}' is not one of {string.Join(", ", AcceptLanguages)}.");
            }

            settings.TimeoutSec = Timeout.FromVariable();
            settings.MaximumRetryCount = (int)(RetryCount.FromVariable() ?? settings.MaximumRetryCount);
            settings.RetryIntervalSec = RetryInterval.FromVariable() ?? settings.RetryIntervalSec;
            settings.MaximumRetryDurationSec = RetryDuration.FromVariable() ?? settings.MaximumRetryDurationSec;
            return settings;
        }

        /// <summary>Every value but the key, for noticing that the environment changed.</summary>
        public string Describe() =>
            string.Join("\n", BaseUri, TimeoutSec, MaximumRetryCount, RetryIntervalSec, MaximumRetryDurationSec, AcceptLanguage);

        /// <summary>Makes the connection; the numbers are checked against their ranges, and the options as a whole.</summary>
        /// <exception cref="TossPaymentsValidationException">A setting is out of range, or the settings do not hold together.</exception>
        public TossPaymentsConnection Connect(string source)
        {
            if (TimeoutSec is double timeoutSec)
            {
                Timeout.Check(timeoutSec);
            }

            RetryCount.Check(MaximumRetryCount);
            RetryInterval.Check(RetryIntervalSec);
            RetryDuration.Check(MaximumRetryDurationSec);
            return new TossPaymentsConnection(
                new TossPaymentsClientOptions(SecretKey)
                {
                    BaseAddress = BaseUri,
                    Timeout = TimeoutSec is double seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null,
                    MaxRetries = MaximumRetryCount,
                    RetryBaseDelay = TimeSpan.FromSeconds(RetryIntervalSec),
                    MaxRetryDuration = TimeSpan.FromSeconds(MaximumRetryDurationSec),
                    AcceptLanguage = AcceptLanguage == Korean ? null : AcceptLanguage,
                    UserAgentSuffix = TossPaymentsCmdlet.UserAgent,
                },
                source);
        }

        private static string? Variable(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }

        private static TossPaymentsValidationException Invalid(string setting, string message) =>
            new TossPaymentsValidationException(InvalidConnection, setting, message);

        /// <summary>A numeric setting: its parameter, its environment variable, and the one range both obey.</summary>
        internal sealed class Range(string parameter, string variable, double minimum, double maximum, bool wholeNumber)
        {
            public string Parameter { get; } = parameter;

            public string Variable { get; } = variable;

            private string Allowed => $"{(wholeNumber ? "a whole number" : "a number")} from {minimum} to {maximum}";

            /// <summary>Refuses a parameter value out of range (NaN included).</summary>
            public void Check(double value)
            {
                if (!IsAllowed(value))
                {
                    throw Invalid(Parameter, $"-{Parameter} {value.ToString(CultureInfo.InvariantCulture)} is out of range: it must be {Allowed}.");
                }
            }

            /// <summary>The variable's value, or null when it is not set.</summary>
            public double? FromVariable()
            {
                if (!(ConnectionSettings.Variable(Variable) is string text))
                {
                    return null;
                }

                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && IsAllowed(value)
                    ? value
                    : throw Invalid(Variable, $"{Variable} '{text}' is out of range: it must be {Allowed}.");
            }

            private bool IsAllowed(double value) =>
                value >= minimum && value <= maximum && (!wholeNumber || Math.Floor(value) == value);
        }
    }
}
