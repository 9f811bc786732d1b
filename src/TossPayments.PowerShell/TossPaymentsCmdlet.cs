using System;
using System.Collections.Concurrent;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.PowerShell.Connections;
using TossPayments.PowerShell.Errors;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// What every payment cmdlet shares: finding the connection, the input row, Ctrl+C, the
    /// <c>-Force</c>/<c>-WhatIf</c> rules, and turning each item's outcome into one Payment or one
    /// error record that carries the row.
    /// </summary>
    public abstract class TossPaymentsCmdlet : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        private readonly ConcurrentQueue<string> _attemptLog = new ConcurrentQueue<string>();
        private TossPaymentsClient? _client;

        /// <summary>The connection to use instead of the session's default or the environment variables.</summary>
        [Parameter]
        public TossPaymentsConnection? Connection { get; set; }

        /// <summary>The pipeline object as it came in, so an error can carry the original row.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The product token this module adds to the User-Agent.</summary>
        internal static string UserAgent { get; } =
            "TossPayments.PowerShell/" + typeof(TossPaymentsCmdlet).Assembly.GetName().Version?.ToString(3);

        /// <summary>Ended by Ctrl+C (<see cref="StopProcessing"/>); passed to every HTTP call.</summary>
        protected CancellationToken StopToken => _stopping.Token;

        /// <summary>Finds the connection; no connection at all is the one error that ends the command.</summary>
        protected override void BeginProcessing()
        {
            try
            {
                _client = (Connection ?? ConnectionStore.Current())?.Client;
            }
            catch (Exception ex) when (ex is TossPaymentsException || ex is FormatException)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "TossPaymentsInvalidConnection", ErrorCategory.InvalidArgument, null)
                {
                    ErrorDetails = new ErrorDetails($"The TOSSPAYMENTS_* environment variables do not make a connection: {ex.Message}"),
                });
            }

            if (_client == null)
            {
                ThrowTerminatingError(ErrorRecords.NotConnectedRecord());
            }
        }

        /// <summary>Ctrl+C: cancels the HTTP call in flight.</summary>
        protected override void StopProcessing() => _stopping.Cancel();

        /// <summary>Frees the cancellation source.</summary>
        public void Dispose()
        {
            _stopping.Dispose();
            GC.SuppressFinalize(this);
        }

        /// <summary>What an error is reported against: the pipeline row when there is one, else the value itself.</summary>
        protected object Row(object value) => InputObject ?? value;

        /// <summary>
        /// Checks an item before anything is sent; a broken rule becomes that row's error.
        /// </summary>
        /// <returns>Whether the item may go on.</returns>
        protected bool Validate(object row, Action check)
        {
            try
            {
                check();
                return true;
            }
            catch (TossPaymentsValidationException ex)
            {
                WriteError(ErrorRecords.From(ex, row));
                return false;
            }
        }

        /// <summary>
        /// <c>ShouldProcess</c> with the module's <c>-Force</c> rule: <c>-Force</c> skips the
        /// confirmation prompt, but <c>-WhatIf</c> (or <c>$WhatIfPreference</c>) always wins and an
        /// explicit <c>-Confirm</c> still asks.
        /// </summary>
        protected bool ShouldChange(string target, string action, bool force)
        {
            if (force && !IsWhatIf() && !IsSwitchOn("Confirm"))
            {
                WriteVerbose($"Performing the operation \"{action}\" on target \"{target}\" (-Force).");
                return true;
            }

            return ShouldProcess(target, action);
        }

        /// <summary>The per-call options: the idempotency key, and a log of each attempt for <c>-Verbose</c>.</summary>
        protected TossRequestOptions RequestOptions(string? idempotencyKey = null) =>
            new TossRequestOptions { IdempotencyKey = idempotencyKey, Log = _attemptLog.Enqueue };

        /// <summary>Runs one item's API call and writes its Payment, or one error record carrying the row.</summary>
        protected void Invoke(object row, Func<TossPaymentsClient, CancellationToken, Task<Payment>> call)
        {
            Payment payment;
            try
            {
                payment = call(_client!, StopToken).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (TossPaymentsException ex)
            {
                WriteAttemptLog();
                WriteError(ErrorRecords.From(ex, row));
                return;
            }

            WriteAttemptLog();
            WriteObject(payment);
        }

        // The attempts were logged from HTTP threads; verbose output may only be written from this one.
        private void WriteAttemptLog()
        {
            while (_attemptLog.TryDequeue(out var line))
            {
                WriteVerbose(line);
            }
        }

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.ContainsKey("WhatIf")
                ? IsSwitchOn("WhatIf")
                : LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));

        private bool IsSwitchOn(string name) =>
            MyInvocation.BoundParameters.TryGetValue(name, out var value) && LanguagePrimitives.IsTrue(value);
    }
}
