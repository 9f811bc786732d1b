using System;
using System.IO;
using System.Management.Automation;
using TossPayments.PowerShell.Errors;
using TossPayments.PowerShell.Webhooks;
using TossPayments.Webhooks;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Reads a webhook delivery into a typed event.</para>
    /// <para type="description">From the body as received (text or bytes) and its headers, a saved body file, or an Azure Functions or Pode request. Verify the event with Test-TossWebhook before acting on it.</para>
    /// </summary>
    [Cmdlet(VerbsData.ConvertFrom, "TossWebhook", DefaultParameterSetName = BodySet)]
    [OutputType(typeof(TossWebhookEvent))]
    public sealed class ConvertFromTossWebhookCommand : PSCmdlet
    {
        private const string BodySet = "Body";
        private const string PathSet = "Path";
        private const string RequestSet = "Request";

        /// <summary>The body exactly as received: a string or bytes.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = BodySet)]
        public object? Body { get; set; }

        /// <summary>A file holding a body as received.</summary>
        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        public string Path { get; set; } = "";

        /// <summary>The delivery's headers: a hashtable of names and values (the transmission id, time, retry count, signature).</summary>
        [Parameter(ParameterSetName = BodySet)]
        [Parameter(ParameterSetName = PathSet)]
        public object? Headers { get; set; }

        /// <summary>An Azure Functions request (<c>$Request</c>) or a Pode request (<c>$WebEvent.Request</c>): its raw body and headers.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = RequestSet)]
        public PSObject? Request { get; set; }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            object? target = ParameterSetName switch { PathSet => Path, RequestSet => Request, _ => Body };
            try
            {
                var (body, delivery) = ParameterSetName switch
                {
                    RequestSet => WebhookInput.Request(Request!),
                    PathSet => (File.ReadAllBytes(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path)), WebhookInput.Headers(Headers)),
                    _ => (WebhookInput.Body(Body), WebhookInput.Headers(Headers)),
                };
                WriteObject(TossWebhook.Parse(body, delivery));
            }
            catch (TossWebhookException ex)
            {
                WriteError(ErrorRecords.From(ex, target));
            }
            catch (ArgumentException ex)
            {
                WriteError(new ErrorRecord(ex, "TossWebhookInputInvalid", ErrorCategory.InvalidArgument, target));
            }
            catch (IOException ex)
            {
                WriteError(new ErrorRecord(ex, "TossWebhookFileUnreadable", ErrorCategory.ReadError, target));
            }
        }
    }
}
