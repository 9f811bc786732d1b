using System.Management.Automation;
using TossPayments.Models;
using TossPayments.Payments;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Issues billing (auto-pay) keys from the one-time auth keys of the billing window.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "TossBillingKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Billing))]
    public sealed class NewTossBillingKeyCommand : PaymentCmdlet
    {
        /// <summary>The customer the key is for, as given to the billing window: 2 to 300 of letters, digits and - _ = . @.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("customer_key")]
        [AllowEmptyString]
        public string CustomerKey { get; set; } = "";

        /// <summary>The one-time auth key the billing window's success URL carried (at most 300 characters).</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("auth_key")]
        [AllowEmptyString]
        public string AuthKey { get; set; } = "";

        /// <summary>
        /// The Idempotency-Key to send: one operation. Generated per row when left out. Given on the
        /// command line, it names one row's operation: a second row without a key of its own is refused.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        /// <inheritdoc />
        protected override string ProgressActivity => "New-TossBillingKey";

        /// <summary>Validates, asks, then issues.</summary>
        protected override void ProcessRow() =>
            RunChange(Row(CustomerKey), CheckedRequest, _ => IdempotencyKey, _ => ($"customer {CustomerKey}", "Issue a billing key"), force: false,
                (request, options, stop) => Client.Billing.IssueKeyAsync(request, options, stop));

        private IssueBillingKeyRequest CheckedRequest()
        {
            var request = new IssueBillingKeyRequest(AuthKey, CustomerKey);
            request.Validate();
            return request;
        }
    }
}
