using System;
using System.Globalization;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Issues virtual accounts that customers pay into, one per order.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.New, "TossVirtualAccount", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Payment))]
    public sealed class NewTossVirtualAccountCommand : PaymentCmdlet
    {
        /// <summary>The new order's id (6 to 64 of A-Z a-z 0-9 - _); an order gets one account.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [AllowEmptyString]
        public string OrderId { get; set; } = "";

        /// <summary>What is bought (1 to 100 characters).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("order_name")]
        [AllowEmptyString]
        public string OrderName { get; set; } = "";

        /// <summary>The exact amount, in whole won, the customer must send in one transfer.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? Amount { get; set; }

        /// <summary>The customer's name (1 to 100 characters).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("customer_name")]
        [AllowEmptyString]
        public string CustomerName { get; set; } = "";

        /// <summary>The bank's 2-character code, as text (06 KB국민, 88 신한, 20 우리, 81 하나…): a bank that issues virtual accounts.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("bankCode")]
        [AllowEmptyString]
        public string Bank { get; set; } = "";

        /// <summary>Hours the account takes a deposit, 1 to 2160; left out (or an empty cell), the API's 168. Not with -DueDate.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("valid_hours")]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? ValidHours { get; set; }

        /// <summary>The last moment a deposit is taken, at most 90 days away. A time with no zone is Korea time. Not with -ValidHours.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("due_date")]
        [KoreaTimeTransformation]
        public DateTimeOffset? DueDate { get; set; }

        /// <summary>The customer's e-mail.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("customer_email")]
        public string? CustomerEmail { get; set; }

        /// <summary>The customer's mobile number, 8 to 15 digits: the deposit notice goes there.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("customer_mobile_phone")]
        public string? CustomerMobilePhone { get; set; }

        /// <summary>The tax-free part of the amount, in whole won.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
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
        protected override string ProgressActivity => "New-TossVirtualAccount";

        /// <summary>Validates, asks, then issues.</summary>
        protected override void ProcessRow() =>
            RunChange(Row(OrderId), CheckedRequest, _ => IdempotencyKey,
                request => ($"order {OrderId} ({CustomerName})", $"Issue a virtual account at bank {Bank} for {request.Amount.ToString("#,0", CultureInfo.InvariantCulture)}"), force: false,
                (request, options, stop) => Client.Payments.IssueVirtualAccountAsync(request, options, stop));

        private IssueVirtualAccountRequest CheckedRequest()
        {
            var request = new IssueVirtualAccountRequest(OrderId, OrderName, TossAmount.Required(Amount, "amount", "an account needs the exact amount the customer pays"), CustomerName, Bank)
            {
                ValidHours = ValidHours?.ReadWhole("validHours", "InvalidValidHours", "hours"),
                DueDate = DueDate,
                CustomerEmail = NoneIfBlank(CustomerEmail),
                CustomerMobilePhone = NoneIfBlank(CustomerMobilePhone),
                TaxFreeAmount = TaxFreeAmount?.Read("taxFreeAmount"),
            };
            request.Validate();
            return request;
        }
    }
}
