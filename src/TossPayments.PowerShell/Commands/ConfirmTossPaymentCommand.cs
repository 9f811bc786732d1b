using System.Globalization;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Confirms (approves) payments that customers authenticated.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Confirm, "TossPayment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Payment))]
    public sealed class ConfirmTossPaymentCommand : PaymentCmdlet
    {
        /// <summary>The payment key from the payment window's success redirect.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("payment_key")]
        [AllowEmptyString]
        public string PaymentKey { get; set; } = "";

        /// <summary>The order id the payment was requested with.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        [AllowEmptyString]
        public string OrderId { get; set; } = "";

        /// <summary>The amount the payment was requested with; it must match.</summary>
        [Parameter(Mandatory = true, Position = 2, ValueFromPipelineByPropertyName = true)]
        [Alias("TotalAmount")]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? Amount { get; set; }

        /// <summary>The payment's currency: KRW (whole won; also an empty cell) unless USD (PayPal, cents allowed).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Currency { get; set; }

        /// <summary>
        /// The Idempotency-Key to send: one operation. Reuse it only to repeat the same operation
        /// safely. Generated per row when left out. Given on the command line, it names one row's
        /// operation: a second row without a key of its own is refused.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        /// <inheritdoc />
        protected override string ProgressActivity => "Confirm-TossPayment";

        /// <summary>Validates, asks, then confirms.</summary>
        protected override void ProcessRow() =>
            RunChange(Row(PaymentKey), CheckedRequest, _ => IdempotencyKey,
                request => ($"payment {PaymentKey} (order {OrderId})", "Confirm " + request.Amount.ToString("#,0.##", CultureInfo.InvariantCulture)), force: false,
                (request, options, stop) => Client.Payments.ConfirmAsync(request, options, stop));

        private ConfirmPaymentRequest CheckedRequest()
        {
            var request = new ConfirmPaymentRequest(PaymentKey, OrderId, TossAmount.Required(Amount, "amount", "a confirm needs the amount the payment was requested with")) { Currency = CurrencyCell.Read(Currency) };
            request.Validate();
            return request;
        }
    }
}
