using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using TossPayments.PowerShell.Connections;
using TossPayments.PowerShell.Errors;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// What every cmdlet that calls the API shares: finding the connection, Ctrl+C cancelling the
    /// calls in flight, and the per-attempt lines of <c>-Verbose</c>.
    /// </summary>
    public abstract class TossPaymentsCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _attemptLog = new ConcurrentQueue<string>();
        private TossPaymentsClient? _client;

        /// <summary>The connection to use instead of the session's default or the environment variables.</summary>
        [Parameter]
        public TossPaymentsConnection? Connection { get; set; }

        /// <summary>The product token this module adds to the User-Agent.</summary>
        internal static string UserAgent { get; } =
            "TossPayments.PowerShell/" + typeof(TossPaymentsCmdlet).Assembly.GetName().Version?.ToString(3);

        /// <summary>The client of the connection found in <see cref="BeginProcessing"/>.</summary>
        protected TossPaymentsClient Client => _client ?? throw new InvalidOperationException("BeginProcessing has not found a connection yet.");

        /// <summary>The client, or null when the cmdlet can work without one and none was found.</summary>
        protected TossPaymentsClient? ClientIfConnected => _client;

        /// <summary>Whether the command cannot run without a connection; a cmdlet that can overrides it.</summary>
        protected virtual bool NeedsConnection => true;

        /// <summary>Cancelled by Ctrl+C (or an early end of the pipeline): every API call takes it.</summary>
        protected CancellationToken StopToken => _stopping.Token;

        /// <summary>Finds the connection; no connection at all is the one error that ends a command that needs one.</summary>
        protected override void BeginProcessing()
        {
            try
            {
                _client = (Connection ?? ConnectionStore.Current())?.Client;
            }
            catch (TossPaymentsException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, ConnectionSettings.InvalidConnection, ErrorCategory.InvalidArgument, null)
                {
                    ErrorDetails = new ErrorDetails($"The TOSSPAYMENTS_* environment variables do not make a connection: {ex.Message}"),
                });
            }

            if (_client == null && NeedsConnection)
            {
                ThrowTerminatingError(ErrorRecords.NotConnectedRecord());
            }
        }

        /// <summary>Ctrl+C: cancels every HTTP call in flight; no new one starts.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Cancels anything still running when the pipeline ends early (a terminating error).</summary>
        public void Dispose()
        {
            // Not disposed: calls that end after this still hold its token.
            _stopping.Cancel();
            GC.SuppressFinalize(this);
        }

        /// <summary>The per-call options: the idempotency key and a log of each attempt for <c>-Verbose</c>.</summary>
        protected TossRequestOptions RequestOptions(string? idempotencyKey = null) =>
            new TossRequestOptions { IdempotencyKey = idempotencyKey, Log = _attemptLog.Enqueue };

        /// <summary>Adds a line to the verbose output written next on the pipeline thread.</summary>
        protected void LogAttempt(string line) => _attemptLog.Enqueue(line);

        /// <summary>Writes the attempt lines logged from HTTP threads; verbose output may only be written from the pipeline thread.</summary>
        protected void WriteAttemptLog()
        {
            while (_attemptLog.TryDequeue(out var line))
            {
                WriteVerbose(line);
            }
        }
    }
}
