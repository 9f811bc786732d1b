using System.Management.Automation;
using TossPayments;
using TossPayments.Payments;
using TossPayments.Webhooks;

namespace TossPayments.PowerShell.Errors
{
    /// <summary>
    /// Turns the client's exceptions into PowerShell error records: a stable ErrorId (the
    /// TossPayments code where there is one), a specific category, the input row as target, and a
    /// recommended action that says what to do.
    /// </summary>
    internal static class ErrorRecords
    {
        /// <summary>The ErrorId when a confirm or cancel got no answer and may or may not have taken effect.</summary>
        public const string OutcomeUnknown = "TossPaymentsOutcomeUnknown";

        /// <summary>The ErrorId when a change was answered with another operation's result.</summary>
        public const string AnswerMismatch = "IdempotencyKeyMismatch";

        /// <summary>The ErrorId when a change's key kept answering a server error and the lookup showed the change not made.</summary>
        public const string KeyReplaysError = "TossPaymentsKeyReplaysError";

        /// <summary>The ErrorId when a lookup got no answer.</summary>
        public const string NetworkError = "TossPaymentsNetworkError";

        /// <summary>The ErrorId when no connection can be found.</summary>
        public const string NotConnected = "TossPaymentsNotConnected";

        public static ErrorRecord From(TossPaymentsException exception, object? target)
        {
            var (id, category, action) = Classify(exception);
            var record = new ErrorRecord(exception, id, category, target)
            {
                ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = action },
            };

            // The error view shows the target by its name: a row's, with any billing key masked.
            if (target != null)
            {
                record.CategoryInfo.TargetName = Describe(target);
            }

            return record;
        }

        /// <summary>A row in one line, for a warning or an error's target name: its columns and values (a billing key masked), or the value itself.</summary>
        public static string Describe(object row)
        {
            if (row is PSObject wrapped && wrapped.BaseObject is PSCustomObject)
            {
                var columns = new System.Collections.Generic.List<string>();
                foreach (var property in wrapped.Properties)
                {
                    columns.Add($"{property.Name}={Binding.SecretColumns.Shown(property.Name, property.Value)}");
                }

                return string.Join("; ", columns);
            }

            return (row is PSObject other ? other.BaseObject : row)?.ToString() ?? "";
        }

        public static ErrorRecord NotConnectedRecord() =>
            new ErrorRecord(
                new PSInvalidOperationException(
                    "Not connected to TossPayments. Run Connect-TossPayments -SecretKey (Read-Host -AsSecureString 'Secret key'), " +
                    $"pass -Connection, or set the {Connections.ConnectionSettings.SecretKeyVariable} environment variable."),
                NotConnected, ErrorCategory.AuthenticationError, null);

        private static (string Id, ErrorCategory Category, string Action) Classify(TossPaymentsException exception)
        {
            switch (exception)
            {
                case TossWebhookException webhook:
                    return ("TossWebhook" + webhook.Failure, CategoryOf(webhook.Failure), ActionFor(webhook.Failure));
                case TossPaymentsValidationException invalid:
                    return (invalid.ErrorId, ErrorCategory.InvalidArgument, "Correct the value in the input and run the row again; nothing was sent.");
                case TossPaymentsKeyReplaysErrorException replays:
                    return (KeyReplaysError, ErrorCategory.ResourceUnavailable,
                        $"The change was not made: the payment was looked up and is {replays.FoundPayment.RawStatus} without it. Idempotency key '{replays.IdempotencyKey}' replays its error, so run the row again with a new key (or without -IdempotencyKey).");
                case TossPaymentsAnswerMismatchException mismatch:
                    return (AnswerMismatch, ErrorCategory.InvalidResult,
                        $"Check the payment with Get-TossPayment; idempotency key '{mismatch.IdempotencyKey}' belongs to another operation, so run this row again only with a new key.");
                case TossPaymentsApiException api when api.EarlierAttemptUnanswered:
                    return (OutcomeUnknown, ErrorCategory.ConnectionError,
                        $"The change may or may not have been made (an attempt got no answer; the last was answered {api.StatusCode} {api.Code}). {FinishUnknown(api.IdempotencyKey)}");
                case TossPaymentsNetworkException network when !network.IsOutcomeKnown:
                    return (OutcomeUnknown, network.IsTimeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError,
                        $"The change may or may not have been made. {FinishUnknown(network.IdempotencyKey)}");
                case TossPaymentsNetworkException network:
                    return (NetworkError, network.IsTimeout ? ErrorCategory.OperationTimeout : ErrorCategory.ConnectionError,
                        "Nothing was changed. Check the network and -BaseUri, then run the row again.");
                case TossPaymentsAuthenticationException auth:
                    return (auth.Code, ErrorCategory.AuthenticationError,
                        "Check the secret key: a test_ key for the test environment, a live_ key for live, as set by Connect-TossPayments or TOSSPAYMENTS_SECRET_KEY.");
                case TossPaymentsNotFoundException notFound:
                    return (notFound.Code, ErrorCategory.ObjectNotFound, "Check the payment key or order id; Get-TossPayment -OrderId finds a payment by its order.");
                case TossPaymentsPagingException paging:
                    return (paging.Code, ErrorCategory.InvalidResult,
                        $"The list is incomplete: the {paging.ItemsRead} items written before this error are only part of the window. Run the command again for the whole window, or start it after the last item written.");
                case TossPaymentsRateLimitException limited:
                    return (limited.Code, ErrorCategory.LimitsExceeded, "Too many requests: run the row again later (with the same -IdempotencyKey for a confirm or cancel).");
                case TossPaymentsApiException api when api.Code == BillingOperations.AlreadyRemovedCode:
                    return (api.Code, ErrorCategory.ObjectNotFound,
                        "The billing key was removed before (by an earlier run, or a removal whose answer was lost): it charges nothing and needs no removal. Take it out of the input; to charge the customer again, they register a card anew (New-TossBillingKey).");
                case TossPaymentsApiException api when !api.IsOutcomeKnown && api.IdempotencyKey != null:
                    return (api.Code, CategoryOf(api), ActionFor(api) +
                        $" To finish this operation safely, run the row again with -IdempotencyKey '{api.IdempotencyKey}'.");
                case TossPaymentsApiException api:
                    return (api.Code, CategoryOf(api), ActionFor(api));
                default:
                    return ("TossPaymentsError", ErrorCategory.NotSpecified, "See the error message.");
            }
        }

        // How to finish a change whose outcome is unknown: again with its key, or, sent without one
        // (a billing key's removal, safe to repeat), again as it is.
        private static string FinishUnknown(string? idempotencyKey) => idempotencyKey is null
            ? $"Run the same row again: it is safe to repeat as it is, and {BillingOperations.AlreadyRemovedCode} then means the lost attempt removed the key."
            : $"Run the same row again with -IdempotencyKey '{idempotencyKey}' (it finishes the same operation, never a second one), or check with Get-TossPayment first.";

        private static ErrorCategory CategoryOf(TossWebhookFailure failure) => failure switch
        {
            TossWebhookFailure.Malformed => ErrorCategory.InvalidData,
            TossWebhookFailure.TooLarge => ErrorCategory.LimitsExceeded,
            TossWebhookFailure.Forged or TossWebhookFailure.Stale => ErrorCategory.SecurityError,
            TossWebhookFailure.Replayed => ErrorCategory.ResourceExists,
            _ => ErrorCategory.InvalidArgument,
        };

        // What a receiver answers: anything but 200 makes TossPayments send the delivery again (API notes §9).
        private static string ActionFor(TossWebhookFailure failure) => failure switch
        {
            TossWebhookFailure.Replayed => "Already handled: answer 200 so that TossPayments stops retrying, and do not act on it again.",
            TossWebhookFailure.CannotVerify => "Give what this event type is verified by (see the message), then verify it again; do not act on it unverified.",
            _ => "Do not act on it: answer 400. A genuine delivery that failed here is sent again by TossPayments.",
        };

        private static ErrorCategory CategoryOf(TossPaymentsApiException api) =>
            api.StatusCode == 409 ? ErrorCategory.ResourceBusy
            : api.StatusCode >= 500 ? ErrorCategory.ResourceUnavailable
            : api.ErrorClass == TossErrorClass.Verify || api.StatusCode == 403 ? ErrorCategory.InvalidOperation
            : api.StatusCode == 400 ? ErrorCategory.InvalidArgument
            : ErrorCategory.NotSpecified;

        private static string ActionFor(TossPaymentsApiException api)
        {
            switch (api.ErrorClass)
            {
                case TossErrorClass.Verify:
                    return "The payment may already be in the state you asked for: check it with Get-TossPayment before doing anything else.";
                case TossErrorClass.Temporary:
                    return "A temporary refusal: run the row again later (with the same -IdempotencyKey for a confirm or cancel).";
                default:
                    return "TossPayments refused the request as it is: correct it (see the message) before running the row again.";
            }
        }
    }
}
