using System.Globalization;
using System.Management.Automation;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.PowerShell.Binding;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Cancels TossPayments payments, in full or in part.</para>
    /// </summary>
    [Cmdlet(VerbsLifecycle.Stop, "TossPayment", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(Payment))]
    public sealed class StopTossPaymentCommand : PaymentCmdlet
    {
        private bool _taxFreeGiven;
        private bool _currencyGiven;

        /// <summary>The payment to cancel.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("payment_key")]
        [AllowEmptyString]
        public string PaymentKey { get; set; } = "";

        /// <summary>Why it is canceled (1 to 200 characters).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("cancel_reason", "Reason")]
        [AllowEmptyString]
        public string CancelReason { get; set; } = "";

        /// <summary>
        /// The amount to cancel; left out (or an empty CSV cell), the whole remaining balance. A
        /// row with an amount column (amount, refundAmount…) and no cancelAmount column is refused
        /// as ambiguous, unless that amount is the row's balanceAmount.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("cancel_amount")]
        [AmountTransformation]
        [ColumnLookalikes("amount", "refundAmount", "refund", "partialAmount", "partialCancelAmount", UnlessEqualTo = nameof(BalanceAmount))]
        public TossAmount? CancelAmount { get; set; }

        /// <summary>The tax-free part of the canceled amount.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("tax_free_amount")]
        [AmountTransformation]
        public TossAmount? TaxFreeAmount { get; set; }

        /// <summary>Where to refund a deposited virtual-account payment: a hashtable with bank, accountNumber and holderName.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [RefundAccountTransformation]
        public RefundReceiveAccount? RefundReceiveAccount { get; set; }

        /// <summary>The refund bank code, for CSV files that hold the refund account in flat columns.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("bank", "refund_bank")]
        public string? RefundBank { get; set; }

        /// <summary>The refund account number (digits only), for CSV files with flat columns.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("accountNumber", "account_number")]
        public string? RefundAccountNumber { get; set; }

        /// <summary>The refund account holder, for CSV files with flat columns.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [Alias("holderName", "holder_name")]
        public string? RefundHolderName { get; set; }

        /// <summary>The payment's currency, which a cancel must match: USD or JPY is sent; KRW (or an empty cell) sends nothing, as the API asks.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public string? Currency { get; set; }

        /// <summary>
        /// The balance a row already knows (a piped Payment, or a balanceAmount CSV column): a
        /// larger cancel amount is refused before sending. Hidden: it only travels with rows.
        /// </summary>
        [Parameter(ValueFromPipelineByPropertyName = true, DontShow = true)]
        [Alias("balance_amount")]
        [AmountTransformation]
        public TossAmount? BalanceAmount { get; set; }

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

        /// <summary>Cancels without asking for confirmation. <c>-WhatIf</c> still wins.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>Notes which values the command line gave, before pipeline rows bind.</summary>
        protected override void BeginProcessing()
        {
            _taxFreeGiven = MyInvocation.BoundParameters.ContainsKey(nameof(TaxFreeAmount));
            _currencyGiven = MyInvocation.BoundParameters.ContainsKey(nameof(Currency));
            base.BeginProcessing();
        }

        /// <inheritdoc />
        protected override string ProgressActivity => "Stop-TossPayment";

        /// <summary>Validates, asks, then cancels.</summary>
        protected override void ProcessRow()
        {
            var paymentKey = PaymentKey;
            RunChange(Row(paymentKey), CheckedRequest, _ => IdempotencyKey,
                request => ($"payment {paymentKey}", request.CancelAmount is decimal part ? "Cancel " + part.ToString("#,0.##", CultureInfo.InvariantCulture) : "Cancel the whole balance"),
                Force.IsPresent, (request, options, stop) => Client.Payments.CancelAsync(paymentKey, request, options, stop));
        }

        // The client's rules, then the one row rule: not more than a balance the row carries.
        private CancelPaymentRequest CheckedRequest()
        {
            var request = BuildRequest();
            request.Validate(PaymentKey);
            if (request.CancelAmount is decimal amount && BalanceAmount?.Read("balanceAmount") is decimal balance)
            {
                WithinBalance(amount, balance);
            }

            return request;
        }

        private CancelPaymentRequest BuildRequest()
        {
            // A Payment piped in carries its own TaxFreeAmount and Currency, which describe the
            // payment, not this cancel: they count only when given on the command line.
            var fromPayment = InputObject?.BaseObject is Payment;
            var taxFree = fromPayment && !_taxFreeGiven ? null : TaxFreeAmount;
            var currency = fromPayment && !_currencyGiven ? null : Currency;

            return new CancelPaymentRequest(CancelReason)
            {
                CancelAmount = CancelAmount?.Read("cancelAmount"),
                TaxFreeAmount = taxFree?.Read("taxFreeAmount"),
                Currency = CurrencyCell.Read(currency),
                RefundReceiveAccount = RefundReceiveAccount ?? FlatRefundAccount(),
            };
        }

        // A row rule: a balance the row already knows (balances only go down, so an older one is still a safe bound).
        private static void WithinBalance(decimal cancelAmount, decimal balanceAmount)
        {
            if (cancelAmount > balanceAmount)
            {
                throw new TossPaymentsValidationException("InvalidAmount", "cancelAmount", $"The cancel amount {cancelAmount} is more than the balance {balanceAmount}.");
            }
        }

        // Any of the flat columns makes an account, so a half-filled one is reported, not ignored.
        private RefundReceiveAccount? FlatRefundAccount() =>
            string.IsNullOrWhiteSpace(RefundBank) && string.IsNullOrWhiteSpace(RefundAccountNumber) && string.IsNullOrWhiteSpace(RefundHolderName)
                ? null
                : new RefundReceiveAccount(RefundBank?.Trim() ?? "", RefundAccountNumber?.Trim() ?? "", RefundHolderName?.Trim() ?? "");
    }
}
