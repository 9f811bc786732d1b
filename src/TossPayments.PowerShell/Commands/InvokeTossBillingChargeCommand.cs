using System.Globalization;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Charges billing (auto-pay) keys, once per customer and period: safe to run again after any failure.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "TossBillingCharge", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Payment))]
    public sealed class InvokeTossBillingChargeCommand : PaymentCmdlet
    {
        /// <summary>The billing key to charge. A secret: messages and -Verbose show only its first characters.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("billing_key")]
        [AllowEmptyString]
        public string BillingKey { get; set; } = "";

        /// <summary>The customer the billing key was issued for.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("customer_key")]
        [AllowEmptyString]
        public string CustomerKey { get; set; } = "";

        /// <summary>The amount to charge, in whole won; it may change from one period to the next.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? Amount { get; set; }

        /// <summary>What is charged for (1 to 100 characters).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("order_name")]
        [AllowEmptyString]
        public string OrderName { get; set; } = "";

        /// <summary>
        /// The period charged, 1 to 40 of A-Z a-z 0-9 - _ (such as 2026-11). Without -OrderId, the
        /// order id is the period and a hash of the customer key: one charge per customer and period.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Period { get; set; }

        /// <summary>The charge's own order id (6 to 64 of A-Z a-z 0-9 - _), instead of one derived from -Period.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("order_id")]
        public string? OrderId { get; set; }

        /// <summary>The customer's name (at most 100 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("customer_name")]
        public string? CustomerName { get; set; }

        /// <summary>The customer's e-mail (at most 100 characters).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("customer_email")]
        public string? CustomerEmail { get; set; }

        /// <summary>The tax-free part of the amount, in whole won.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? TaxFreeAmount { get; set; }

        /// <summary>Installment months: 0 (none) or 2 to 12, for charges from 50,000 won.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("card_installment_plan")]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? CardInstallmentPlan { get; set; }

        /// <summary>
        /// Which attempt at the order this is, 1 to 99 (default 1): part of the idempotency key.
        /// TossPayments answers a key with the same refusal for 15 days, so trying a declined
        /// customer again takes the next attempt. The order id stays, so nothing is charged twice.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [AmountTransformation]
        [AllowNull]
        public TossAmount? Attempt { get; set; }

        /// <summary>
        /// The Idempotency-Key to send: one operation. Left out, it is <c>billing-</c> and the order
        /// id (and <c>-2</c>… for later attempts), so a run repeated after any failure charges no one twice.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("idempotency_key")]
        public string? IdempotencyKey { get; set; }

        /// <summary>Charges without asking for confirmation. <c>-WhatIf</c> still wins.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <inheritdoc />
        protected override bool ChangesPayments => true;

        /// <inheritdoc />
        protected override string ProgressActivity => "Invoke-TossBillingCharge";

        /// <summary>Validates, asks, then charges.</summary>
        protected override void ProcessRow()
        {
            var billingKey = BillingKey;
            RunChange(Row(CustomerKey), CheckedRequest, ChargeKey,
                request => ($"customer {CustomerKey} (billing key {BillingKeys.Mask(billingKey)}, order {request.OrderId})", "Charge " + request.Amount.ToString("#,0", CultureInfo.InvariantCulture)),
                Force.IsPresent, (request, options, stop) => Client.Billing.ChargeAsync(billingKey, request, options, stop));
        }

        // A given key is the operation; otherwise it is derived from the order and attempt.
        private string ChargeKey(BillingChargeRequest request)
        {
            var attempt = Attempt?.ReadWhole("attempt", "InvalidAttempt", "attempts");
            return NoneIfBlank(IdempotencyKey) switch
            {
                null => BillingChargeKeys.IdempotencyKey(request.OrderId, attempt ?? 1),
                { } given when attempt is null => given,
                _ => throw new TossPaymentsValidationException("ConflictingAttempt", "attempt",
                    "Give -IdempotencyKey or -Attempt, not both: the attempt is part of the key derived when none is given. Nothing was sent."),
            };
        }

        // The order id is derived only when not given: the period is not needed then.
        private BillingChargeRequest CheckedRequest()
        {
            var orderId = NoneIfBlank(OrderId) ?? (NoneIfBlank(Period) is { } period
                ? BillingChargeKeys.OrderId(CustomerKey, period)
                : throw new TossPaymentsValidationException("MissingPeriod", "period",
                    "Give -Period (or a period column), or an orderId: without one, a second run could charge this customer again. Nothing was sent."));
            var request = new BillingChargeRequest(CustomerKey, TossAmount.Required(Amount, "amount", "a charge needs its amount"), orderId, OrderName)
            {
                CustomerName = NoneIfBlank(CustomerName),
                CustomerEmail = NoneIfBlank(CustomerEmail),
                TaxFreeAmount = TaxFreeAmount?.Read("taxFreeAmount"),
                CardInstallmentPlan = CardInstallmentPlan?.ReadWhole("cardInstallmentPlan", "InvalidInstallmentPlan", "months"),
            };
            request.Validate(BillingKey);
            return request;
        }
    }
}
