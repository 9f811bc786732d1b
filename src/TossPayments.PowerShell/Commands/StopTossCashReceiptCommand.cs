using System.Globalization;
using System.Management.Automation;
using TossPayments.CashReceipts;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Cancels cash receipts, all that is left of each or part of it.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "TossCashReceipt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(CashReceipt))]
    public sealed class StopTossCashReceiptCommand : PaymentCmdlet
    {
        /// <summary>The key of the receipt to cancel, as New-TossCashReceipt or Get-TossCashReceipt gave it.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("receipt_key")]
        [AllowEmptyString]
        public string ReceiptKey { get; set; } = "";

        /// <summary>The amount to cancel, in whole won. Left out (or an empty cell), all that is left of the receipt is canceled.</summary>
        [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("cancel_amount")]
        [AmountTransformation]
        [ColumnLookalikes("amount", "refundAmount", "partialAmount", "partialCancelAmount")]
        public TossAmount? CancelAmount { get; set; }

        /// <summary>
        /// The Idempotency-Key to send: one operation. Generated per row when left out. Given on the
        /// command line, it names one row's operation: a second row without a key of its own is refused.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        /// <summary>Cancels without asking for confirmation. <c>-WhatIf</c> still wins.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        /// <inheritdoc />
        protected override string ProgressActivity => "Stop-TossCashReceipt";

        /// <summary>Validates, asks, then cancels.</summary>
        protected override void ProcessRow()
        {
            var receiptKey = ReceiptKey;
            RunChange(Row(receiptKey), CheckedRequest, _ => IdempotencyKey,
                request => ($"cash receipt {receiptKey}", request.Amount is decimal part ? "Cancel " + part.ToString("#,0", CultureInfo.InvariantCulture) : "Cancel all that is left"),
                Force.IsPresent, (request, options, stop) => Client.CashReceipts.CancelAsync(receiptKey, request, options, stop));
        }

        private CancelCashReceiptRequest CheckedRequest()
        {
            var request = CancelAmount?.Read("cancelAmount") is decimal amount ? new CancelCashReceiptRequest(amount) : new CancelCashReceiptRequest();
            request.Validate(ReceiptKey);
            return request;
        }
    }
}
