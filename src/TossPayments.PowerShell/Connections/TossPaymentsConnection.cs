using System;
using System.Collections.Generic;
using TossPayments;

namespace TossPayments.PowerShell.Connections
{
    /// <summary>
    /// A connection to TossPayments: the client and the settings it was made with. It shows the
    /// mode, address and a masked key only; the key itself cannot be read back from it.
    /// </summary>
    public sealed class TossPaymentsConnection
    {
        internal TossPaymentsConnection(TossPaymentsClientOptions options, string source)
        {
            Client = new TossPaymentsClient(options);
            Mode = options.SecretKey.Mode;
            SecretKey = options.SecretKey.Masked;
            BaseUri = options.BaseAddress;
            TimeoutSec = options.Timeout?.TotalSeconds;
            MaximumRetryCount = options.MaxRetries;
            AcceptLanguage = options.AcceptLanguage;
            Source = source;
        }

        /// <summary>Test or Live, from the key's prefix.</summary>
        public TossPaymentsMode Mode { get; }

        /// <summary>The API address.</summary>
        public Uri BaseUri { get; }

        /// <summary>The secret key, masked (e.g. <c>test_sk_****YG5R</c>).</summary>
        public string SecretKey { get; }

        /// <summary>
        /// How long one attempt of any request may take, in seconds, when one timeout was set for
        /// all; null when each kind has the API's own (30 s for a lookup, 60 s for a confirm, a
        /// cancel or a page of a report).
        /// </summary>
        public double? TimeoutSec { get; }

        /// <summary>How many times a failed request is tried again.</summary>
        public int MaximumRetryCount { get; }

        /// <summary>The Accept-Language sent, or null for the API's Korean default.</summary>
        public string? AcceptLanguage { get; }

        /// <summary>Where the connection came from: <c>Connect-TossPayments</c> or <c>Environment</c>.</summary>
        public string Source { get; }

        internal TossPaymentsClient Client { get; }

        /// <summary>
        /// The environment variables a connection is made from when <c>Connect-TossPayments</c>
        /// was not used in a runspace: <c>TOSSPAYMENTS_SECRET_KEY</c> and the settings beside it.
        /// </summary>
        public static IReadOnlyList<string> EnvironmentVariables => ConnectionSettings.Variables;

        /// <summary>The mode, address and masked key.</summary>
        public override string ToString() => $"TossPayments {Mode} {BaseUri} ({SecretKey})";
    }
}
