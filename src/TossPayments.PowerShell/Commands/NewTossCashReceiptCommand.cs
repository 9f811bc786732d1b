using System;
using System.Globalization;
using System.Management.Automation;
using TossPayments.CashReceipts;
using TossPayments.Models;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Issues cash receipts for sales, one per order, to the National Tax Service.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "TossCashReceipt", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CashReceipt))]
    public sealed class NewTossCashReceiptCommand : PaymentCmdlet
    {
        /// <summary>The sale's order id (6 to 64 of A-Z a-z 0-9 - _); an order gets one receipt.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [AllowEmptyString]
        public string OrderId { get; set; } = "";

        /// <summary>The amount of the receipt, in whole won.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? Amount { get; set; }

        /// <summary>What was sold (1 to 100 characters).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("order_name")]
        [AllowEmptyString]
        public string OrderName { get; set; } = "";

        /// <summary>소득공제 (or IncomeDeduction): the customer's income deduction; 지출증빙 (or ExpenseProof): a business's proof of expense.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [AllowEmptyString]
        public string Type { get; set; } = "";

        /// <summary>
        /// A phone or cash-receipt card number for 소득공제, a business registration number for 지출증빙
        /// (010-000-1234 for a customer who gives none). Hyphens between digits are taken out.
        /// </summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("customer_identity_number", "registrationNumber", "registration_number")]
        [AllowEmptyString]
        public string CustomerIdentityNumber { get; set; } = "";

        /// <summary>The tax-free part of the amount, in whole won.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("tax_free_amount")]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? TaxFreeAmount { get; set; }

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
        protected override string ProgressActivity => "New-TossCashReceipt";

        /// <summary>Validates, asks, then issues.</summary>
        protected override void ProcessRow() =>
            RunChange(Row(OrderId), CheckedRequest, _ => IdempotencyKey,
                request => ($"order {OrderId}", $"Issue a {request.Type} cash receipt for {request.Amount.ToString("#,0", CultureInfo.InvariantCulture)}"), force: false,
                (request, options, stop) => Client.CashReceipts.IssueAsync(request, options, stop));

        private IssueCashReceiptRequest CheckedRequest()
        {
            var request = new IssueCashReceiptRequest(OrderId, OrderName, TossAmount.Required(Amount, "amount", "a receipt needs its amount"), ApiType(Type), CustomerIdentityNumber)
            {
                TaxFreeAmount = TaxFreeAmount?.Read("taxFreeAmount"),
            };
            request.Validate();
            return request;
        }

        // The API's Korean names, or their English equivalents for scripts typed on any keyboard.
        private static string ApiType(string type) => type.Trim() switch
        {
            var name when name.Equals("IncomeDeduction", StringComparison.OrdinalIgnoreCase) => CashReceiptTypes.IncomeDeduction,
            var name when name.Equals("ExpenseProof", StringComparison.OrdinalIgnoreCase) => CashReceiptTypes.ExpenseProof,
            var name => name,
        };
    }
}
