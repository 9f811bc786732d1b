using System.Management.Automation;
using TossPayments.Models;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Removes billing (auto-pay) keys, so that they charge no more.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "TossBillingKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(BillingKeyRemoval))]
    public sealed class RemoveTossBillingKeyCommand : PaymentCmdlet
    {
        /// <summary>The billing key to remove. A secret: messages, -WhatIf and -Verbose show only its first characters.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("billing_key")]
        [AllowEmptyString]
        public string BillingKey { get; set; } = "";

        /// <summary>Removes without asking for confirmation. <c>-WhatIf</c> still wins.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        /// <inheritdoc />
        protected override string ProgressActivity => "Remove-TossBillingKey";

        /// <summary>Validates, asks, then removes.</summary>
        protected override void ProcessRow()
        {
            // From the command line the row is the one column, so its error can be piped back in
            // and shows the key masked, as a row's does. No idempotency key: the API takes none for
            // a removal, which is safe to repeat as it is.
            RunChange(InputObject ?? OneColumnRow(BillingKey), CheckedKey, _ => null, billingKey => ($"billing key {BillingKeys.Mask(billingKey)}", "Remove"), Force.IsPresent,
                (billingKey, options, stop) => Client.Billing.DeleteKeyAsync(billingKey, options, stop));
        }

        private string CheckedKey()
        {
            BillingKeys.Validate(BillingKey);
            return BillingKey;
        }

        private static PSObject OneColumnRow(string billingKey)
        {
            var row = new PSObject();
            row.Properties.Add(new PSNoteProperty(nameof(BillingKey), billingKey));
            return row;
        }
    }
}
