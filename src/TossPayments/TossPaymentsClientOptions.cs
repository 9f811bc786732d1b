using System;
using System.Net;
using System.Net.Http;

namespace TossPayments
{
    /// <summary>Settings for a <see cref="TossPaymentsClient"/>.</summary>
    public sealed class TossPaymentsClientOptions
    {
        /// <summary>The production API, <c>https://api.tosspayments.com/</c>.</summary>
        public static readonly Uri DefaultBaseAddress = new Uri("https://api.tosspayments.com/");

        /// <summary>Creates options for the given secret key.</summary>
        public TossPaymentsClientOptions(TossSecretKey secretKey)
        {
            SecretKey = secretKey ?? throw new ArgumentNullException(nameof(secretKey));
        }

        /// <summary>Creates options for the given secret key.</summary>
        public TossPaymentsClientOptions(string secretKey)
            : this(new TossSecretKey(secretKey))
        {
        }

        /// <summary>The secret key; shown only masked.</summary>
        public TossSecretKey SecretKey { get; }

        /// <summary>The API's address. Plain <c>http://</c> is accepted only for a loopback host and a test key.</summary>
        public Uri BaseAddress { get; set; } = DefaultBaseAddress;

        /// <summary>
        /// How long one attempt of each kind of request may take: 30 s for a lookup, 60 s for a
        /// confirm, a cancel or a page of a report, as <see cref="TossTimeouts"/> explains.
        /// </summary>
        public TossTimeouts Timeouts { get; } = new TossTimeouts();

        /// <summary>
        /// One timeout for every kind of request, in place of <see cref="Timeouts"/>; null (the
        /// default) keeps the per-kind ones.
        /// </summary>
        public TimeSpan? Timeout { get; set; }

        /// <summary>The timeout one attempt of a request gets, by its method and path.</summary>
        internal TimeSpan TimeoutFor(string method, string path) => Timeout ?? Timeouts.For(method, path);

        /// <summary>How many times a failed request is tried again (0 to <see cref="MaxRetriesLimit"/>). See <see cref="Http.RetryPolicy"/>.</summary>
        public int MaxRetries { get; set; } = DefaultMaxRetries;

        /// <summary>The first back-off delay; later ones double, with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = DefaultRetryBaseDelay;

        /// <summary>
        /// The longest time all attempts of one request may take together, waits included; no
        /// retry starts after it.
        /// </summary>
        public TimeSpan MaxRetryDuration { get; set; } = DefaultMaxRetryDuration;

        /// <summary>The default of <see cref="MaxRetries"/>.</summary>
        public const int DefaultMaxRetries = 2;

        /// <summary>The most retries <see cref="MaxRetries"/> may ask for.</summary>
        public const int MaxRetriesLimit = 10;

        /// <summary>The default of <see cref="RetryBaseDelay"/>.</summary>
        public static readonly TimeSpan DefaultRetryBaseDelay = TimeSpan.FromMilliseconds(500);

        /// <summary>The default of <see cref="MaxRetryDuration"/>.</summary>
        public static readonly TimeSpan DefaultMaxRetryDuration = TimeSpan.FromMinutes(2);

        /// <summary>The longest single wait between attempts, whatever <c>Retry-After</c> asks for.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// <c>null</c> for the API's default (Korean messages and enum values), or <c>en-US</c>
        /// for English ones.
        /// </summary>
        public string? AcceptLanguage { get; set; }

        /// <summary>A product token appended to the User-Agent, e.g. <c>TossPayments.PowerShell/0.1.0</c>.</summary>
        public string? UserAgentSuffix { get; set; }

        /// <summary>The innermost HTTP handler, for tests and proxies. The client does not dispose it.</summary>
        public HttpMessageHandler? Handler { get; set; }

        /// <summary>Checks the settings together and throws <see cref="TossPaymentsValidationException"/> on the first problem.</summary>
        public void Validate()
        {
            if (BaseAddress is null || !BaseAddress.IsAbsoluteUri)
            {
                throw new TossPaymentsValidationException("InvalidBaseAddress", nameof(BaseAddress), "The base address must be an absolute http(s) URI.");
            }

            if (BaseAddress.Scheme == Uri.UriSchemeHttp)
            {
                if (!IsLoopback(BaseAddress))
                {
                    throw new TossPaymentsValidationException("InsecureBaseAddress", nameof(BaseAddress),
                        $"Refusing plain http:// to '{BaseAddress.Host}': the secret key would cross the network unencrypted. Use https://, or http:// only for a loopback sandbox.");
                }

                if (SecretKey.Mode == TossPaymentsMode.Live)
                {
                    throw new TossPaymentsValidationException("InsecureBaseAddress", nameof(BaseAddress),
                        "Refusing to send a live key over plain http://. Live keys go only to https:// addresses.");
                }
            }
            else if (BaseAddress.Scheme != Uri.UriSchemeHttps)
            {
                throw new TossPaymentsValidationException("InvalidBaseAddress", nameof(BaseAddress), "The base address must be an http(s) URI.");
            }

            if (Timeout <= TimeSpan.Zero || Timeouts.Lookup <= TimeSpan.Zero || Timeouts.Change <= TimeSpan.Zero || Timeouts.Report <= TimeSpan.Zero)
            {
                throw new TossPaymentsValidationException("InvalidTimeout", nameof(Timeout), "The timeout must be positive.");
            }

            if (MaxRetries < 0 || MaxRetries > MaxRetriesLimit)
            {
                throw new TossPaymentsValidationException("InvalidRetryCount", nameof(MaxRetries), $"The retry count must be from 0 to {MaxRetriesLimit}.");
            }

            if (RetryBaseDelay < TimeSpan.Zero || MaxRetryDelay < TimeSpan.Zero || MaxRetryDuration < TimeSpan.Zero)
            {
                throw new TossPaymentsValidationException("InvalidRetryDelay", nameof(RetryBaseDelay), "Retry delays cannot be negative.");
            }
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }
}
