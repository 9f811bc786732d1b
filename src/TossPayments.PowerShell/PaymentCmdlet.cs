using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;
using TossPayments.PowerShell.Bulk;
using TossPayments.PowerShell.Errors;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// The base of the payment cmdlets (look up, confirm, cancel): the input row and its column
    /// check, the <c>-Force</c>/<c>-WhatIf</c> rules, a change's idempotency key, and the bulk
    /// engine that runs the rows' API calls <c>-ThrottleLimit</c> at a time and hands back one
    /// Payment or one failure per item, in input order, which this writes on the pipeline thread.
    /// </summary>
    public abstract class PaymentCmdlet : TossPaymentsCmdlet
    {
        // The parameter by which a change cmdlet takes its idempotency key.
        private const string IdempotencyKeyParameter = "IdempotencyKey";

        private BulkEngine? _engine;
        private RunIdempotencyKeys? _keys;
        private HashSet<string> _fromCommandLine = new HashSet<string>();

        /// <summary>
        /// How many requests may be in flight at once (1 to 64; default 4). Results still come in
        /// input order. On 429 answers fewer are sent until the API recovers. Under -ErrorAction
        /// Stop a change stops starting calls at the first failure, and the ones in flight finish
        /// and are written before the error ends the command.
        /// </summary>
        [Parameter]
        [ValidateRange(1, 64)]
        public int ThrottleLimit { get; set; } = 4;

        /// <summary>The pipeline object as it came in, so an error can carry the original row.</summary>
        [Parameter(ValueFromPipeline = true, DontShow = true)]
        public PSObject? InputObject { get; set; }

        /// <summary>The title of the progress bar of a long run.</summary>
        protected abstract string ProgressActivity { get; }

        /// <summary>Whether the command changes payments: then <c>-ErrorAction Stop</c> stops starting calls at the first failure.</summary>
        protected virtual bool ChangesPayments => false;

        /// <summary>The number of the row being processed, from 1.</summary>
        protected int RowNumber { get; private set; }

        /// <summary>Finds the connection and starts the engine.</summary>
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _fromCommandLine = new HashSet<string>(MyInvocation.BoundParameters.Keys, StringComparer.OrdinalIgnoreCase);
            _keys = new RunIdempotencyKeys(_fromCommandLine.Contains(IdempotencyKeyParameter));
            _engine = new BulkEngine(ThrottleLimit, ChangesPayments && StopsAtFirstError(), ProgressActivity, LogAttempt, StopToken);
        }

        /// <summary>Checks the row's columns (see <see cref="RowCheck"/>), then processes it.</summary>
        protected sealed override void ProcessRecord()
        {
            RowNumber++;
            if (InputObject != null && !Validate(InputObject, () => RowCheck.For(GetType()).Check(InputObject, MyInvocation.BoundParameters, _fromCommandLine)))
            {
                return;
            }

            ProcessRow();
        }

        /// <summary>Validates and starts one row's call (or calls, for a lookup of several keys).</summary>
        protected abstract void ProcessRow();

        /// <summary>Waits for the rows still in flight and writes them.</summary>
        protected override void EndProcessing()
        {
            Write(_engine!.Complete());
            WriteAttemptLog();
        }

        /// <summary>An optional text as sent: an empty CSV cell (or white space) gives none.</summary>
        protected static string? NoneIfBlank(string? cell) => string.IsNullOrWhiteSpace(cell) ? null : cell;

        /// <summary>What an error is reported against: the pipeline row when there is one, else the value itself.</summary>
        protected object Row(object value) => InputObject ?? value;

        /// <summary>
        /// Checks an item before anything is sent; a broken rule becomes that row's error, written
        /// in its place among the other rows' results.
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
                Write(_engine!.AddFailed(row, ex));
                return false;
            }
        }

        /// <summary>
        /// One change row from start to finish: builds its request (which checks itself) and its
        /// options, asks (<see cref="ShouldChange"/>), then hands the call to the bulk engine. A
        /// broken rule becomes the row's error, and nothing is sent.
        /// </summary>
        /// <param name="row">The input row, carried by the error if the row fails.</param>
        /// <param name="build">Builds the request and checks it.</param>
        /// <param name="idempotencyKey">The key to send, given the request (a charge's depends on its order id); null to generate one.</param>
        /// <param name="confirm">What the confirmation names, given the request: the target and the action.</param>
        /// <param name="force">Whether <c>-Force</c> was given.</param>
        /// <param name="call">The API call, given the request, the options and Ctrl+C.</param>
        protected void RunChange<TRequest, TResult>(object row, Func<TRequest> build, Func<TRequest, string?> idempotencyKey,
            Func<TRequest, (string Target, string Action)> confirm, bool force, Func<TRequest, TossRequestOptions, CancellationToken, Task<TResult>> call)
            where TRequest : class
            where TResult : class
        {
            TRequest? request = null;
            TossRequestOptions? options = null;
            if (!Validate(row, () =>
                {
                    request = build();
                    options = ChangeOptions(idempotencyKey(request));
                }))
            {
                return;
            }

            var (target, action) = confirm(request!);
            if (ShouldChange(target, action, force))
            {
                Run(row, options!, (callOptions, stop) => call(request!, callOptions, stop));
            }
        }

        /// <summary>
        /// The options of a change: the given idempotency key (or none, to generate one), checked,
        /// and refused when an earlier row of this run used it; part of each row's validation.
        /// </summary>
        private TossRequestOptions ChangeOptions(string? idempotencyKey)
        {
            var key = RunIdempotencyKeys.Given(idempotencyKey);
            var options = RequestOptions(key);
            options.Validate();
            _keys!.Use(key, RowNumber);
            return options;
        }

        /// <summary>
        /// <c>ShouldProcess</c> with the module's <c>-Force</c> rule: <c>-Force</c> skips the
        /// confirmation prompt, but <c>-WhatIf</c> (or <c>$WhatIfPreference</c>) always wins and an
        /// explicit <c>-Confirm</c> still asks.
        /// </summary>
        private bool ShouldChange(string target, string action, bool force)
        {
            if (force && !IsWhatIf() && !IsSwitchOn("Confirm"))
            {
                WriteVerbose($"Performing the operation \"{action}\" on target \"{target}\" (-Force).");
                return true;
            }

            return ShouldProcess(target, action);
        }

        /// <summary>Hands one item's API call to the bulk engine and writes what is ready, in input order.</summary>
        /// <param name="row">The input row, carried by the error if the call fails.</param>
        /// <param name="options">The call's options.</param>
        /// <param name="call">The API call, given the options (with the engine's 429 signal) and Ctrl+C.</param>
        /// <typeparam name="TResult">What a row's call writes: a Payment, a billing key, a cash receipt.</typeparam>
        protected void Run<TResult>(object row, TossRequestOptions options, Func<TossRequestOptions, CancellationToken, Task<TResult>> call)
            where TResult : class =>
            Write(_engine!.Add(row, options, async (callOptions, stop) => await call(callOptions, stop).ConfigureAwait(false)));

        private void Write(IEnumerable<BulkOutcome> outcomes)
        {
            foreach (var outcome in outcomes)
            {
                switch (outcome)
                {
                    case BulkOutcome.Progress progress:
                        WriteProgress(progress.Record);
                        break;
                    case BulkOutcome.Done done:
                        WriteAttemptLog();
                        WriteObject(done.Result);
                        break;
                    case BulkOutcome.Failed failed:
                        WriteAttemptLog();
                        WriteError(ErrorRecords.From(failed.Error, failed.Row));
                        break;
                    case BulkOutcome.AlsoFailedWhileStopping also:
                        WriteAttemptLog();
                        var record = ErrorRecords.From(also.Error, also.Row);
                        WriteWarning($"Also failed while the run was stopping: {record.FullyQualifiedErrorId.Split(',')[0]}: {also.Error.Message} " +
                            $"Row: {ErrorRecords.Describe(also.Row)}. {record.ErrorDetails?.RecommendedAction}");
                        break;
                }
            }
        }

        private bool StopsAtFirstError()
        {
            var preference = MyInvocation.BoundParameters.TryGetValue("ErrorAction", out var bound)
                ? bound
                : SessionState.PSVariable.GetValue("ErrorActionPreference");
            return LanguagePrimitives.TryConvertTo(preference, out ActionPreference action) && action == ActionPreference.Stop;
        }

        private bool IsWhatIf() =>
            MyInvocation.BoundParameters.ContainsKey("WhatIf")
                ? IsSwitchOn("WhatIf")
                : LanguagePrimitives.IsTrue(SessionState.PSVariable.GetValue("WhatIfPreference"));

        private bool IsSwitchOn(string name) =>
            MyInvocation.BoundParameters.TryGetValue(name, out var value) && LanguagePrimitives.IsTrue(value);
    }
}
