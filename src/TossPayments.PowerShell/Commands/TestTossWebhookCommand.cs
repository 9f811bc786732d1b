using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using TossPayments.PowerShell.Errors;
using TossPayments.Webhooks;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Verifies webhook events the way each type can be verified, and says how.</para>
    /// <para type="description">A deposit callback by its secret (the payment's, given or looked up), a payment event by looking the payment up, a payout or seller event by its signature within a time window. A transmission id is accepted once per process. Forged, stale, replayed events are errors; event types with nothing to verify them by come out unverified, saying so.</para>
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "TossWebhook")]
    [OutputType(typeof(WebhookVerification))]
    public sealed class TestTossWebhookCommand : TossPaymentsCmdlet
    {
        // One log per process: an Azure Functions worker or a Pode server runs many runspaces, and a
        // retry can reach any of them.
        private static readonly WebhookDeliveryLog ProcessDeliveries = new WebhookDeliveryLog();

        private WebhookVerifier? _verifier;

        /// <summary>The event, from ConvertFrom-TossWebhook.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        public TossWebhookEvent? Event { get; set; }

        /// <summary>The payment's secret as stored from its confirm or issue; without it, the payment is looked up.</summary>
        [Parameter]
        public string? PaymentSecret { get; set; }

        /// <summary>The payouts security key, for payout and seller events.</summary>
        [Parameter]
        public SecureString? PayoutSecurityKey { get; set; }

        /// <summary>How far a signed event's transmission time may be from now.</summary>
        [Parameter]
        public TimeSpan SignatureTolerance { get; set; } = WebhookVerifierOptions.DefaultSignatureTolerance;

        /// <summary>The transmission ids already verified; by default one log for the whole process.</summary>
        [Parameter]
        public WebhookDeliveryLog? DeliveryLog { get; set; }

        /// <inheritdoc />
        protected override bool NeedsConnection => false;

        /// <inheritdoc />
        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            _verifier = new WebhookVerifier(new WebhookVerifierOptions
            {
                Client = ClientIfConnected,
                PayoutSecurityKey = PayoutSecurityKey is null ? null : new NetworkCredential("", PayoutSecurityKey).Password,
                SignatureTolerance = SignatureTolerance,
                Deliveries = DeliveryLog ?? ProcessDeliveries,
            });
        }

        /// <inheritdoc />
        protected override void ProcessRecord()
        {
            try
            {
                WriteObject(_verifier!.VerifyAsync(Event!, PaymentSecret, StopToken).GetAwaiter().GetResult());
            }
            catch (TossPaymentsException ex)
            {
                WriteError(ErrorRecords.From(ex, Event));
            }
        }
    }
}
