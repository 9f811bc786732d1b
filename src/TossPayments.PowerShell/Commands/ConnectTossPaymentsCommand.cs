using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using TossPayments.PowerShell.Connections;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Connects this PowerShell session (runspace) to TossPayments.</para>
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "TossPayments")]
    [OutputType(typeof(TossPaymentsConnection))]
    public sealed class ConnectTossPaymentsCommand : PSCmdlet
    {
        /// <summary>The secret key (test_sk_…, live_sk_…, test_gsk_…).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        public SecureString SecretKey { get; set; } = null!;

        /// <summary>The API address; the real API by default, or a sandbox such as http://127.0.0.1:5117.</summary>
        [Parameter]
        public Uri BaseUri { get; set; } = TossPaymentsClientOptions.DefaultBaseAddress;

        /// <summary>
        /// One timeout, in seconds (1 to 600), for every attempt of every request. Left out, each
        /// kind of request gets the API's own: 30 s for a lookup, 60 s for a confirm, a cancel or a
        /// page of transactions or settlements.
        /// </summary>
        [Parameter]
        public double TimeoutSec { get; set; }

        /// <summary>How many times a failed request is tried again (0 to 10).</summary>
        [Parameter]
        public int MaximumRetryCount { get; set; } = ConnectionSettings.DefaultMaximumRetryCount;

        /// <summary>The first wait before a retry, in seconds (0 to 60); later waits double, with jitter.</summary>
        [Parameter]
        public double RetryIntervalSec { get; set; } = ConnectionSettings.DefaultRetryIntervalSec;

        /// <summary>The longest time all attempts of one request may take together, in seconds (0 to 3600).</summary>
        [Parameter]
        public double MaximumRetryDurationSec { get; set; } = ConnectionSettings.DefaultMaximumRetryDurationSec;

        /// <summary>en-US for English messages and values; leave out for Korean, the API's default.</summary>
        [Parameter]
        [ValidateSet(ConnectionSettings.Korean, ConnectionSettings.English)]
        public string? AcceptLanguage { get; set; }

        /// <summary>Also writes the connection to the pipeline.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>Makes the connection and sets it as this runspace's default.</summary>
        protected override void EndProcessing()
        {
            TossPaymentsConnection connection;
            try
            {
                connection = new ConnectionSettings
                {
                    SecretKey = new NetworkCredential(string.Empty, SecretKey).Password,
                    BaseUri = BaseUri,
                    TimeoutSec = MyInvocation.BoundParameters.ContainsKey(nameof(TimeoutSec)) ? TimeoutSec : (double?)null,
                    MaximumRetryCount = MaximumRetryCount,
                    RetryIntervalSec = RetryIntervalSec,
                    MaximumRetryDurationSec = MaximumRetryDurationSec,
                    AcceptLanguage = AcceptLanguage,
                }.Connect("Connect-TossPayments");
            }
            catch (TossPaymentsValidationException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ex.ErrorId, ErrorCategory.InvalidArgument, BaseUri));
                return;
            }

            ConnectionStore.Set(connection);
            WriteVerbose($"Connected: {connection}.");
            if (PassThru)
            {
                WriteObject(connection);
            }
        }
    }
}
