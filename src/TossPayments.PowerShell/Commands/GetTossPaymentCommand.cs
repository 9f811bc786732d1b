using System.Management.Automation;
using TossPayments.Models;

namespace TossPayments.PowerShell.Commands
{
    /// <summary>
    /// <para type="synopsis">Gets TossPayments payments by payment key or by order id.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "TossPayment", DefaultParameterSetName = ByPaymentKey)]
    [OutputType(typeof(Payment))]
    public sealed class GetTossPaymentCommand : PaymentCmdlet
    {
        private const string ByPaymentKey = "ByPaymentKey";
        private const string ByOrderId = "ByOrderId";

        /// <summary>The payment keys to look up.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByPaymentKey)]
        [Alias("payment_key")]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] PaymentKey { get; set; } = [];

        /// <summary>The merchant order ids to look up.</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true, ParameterSetName = ByOrderId)]
        [Alias("order_id")]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string[] OrderId { get; set; } = [];

        /// <inheritdoc />
        protected override string ProgressActivity => "Get-TossPayment";

        /// <summary>Looks up each key or order id; a failed one is one error carrying its row.</summary>
        protected override void ProcessRow()
        {
            if (ParameterSetName == ByOrderId)
            {
                foreach (var orderId in OrderId)
                {
                    Run(Row(orderId), RequestOptions(), (options, stop) => Client.Payments.GetByOrderIdAsync(orderId, options, stop));
                }

                return;
            }

            foreach (var paymentKey in PaymentKey)
            {
                Run(Row(paymentKey), RequestOptions(), (options, stop) => Client.Payments.GetAsync(paymentKey, options, stop));
            }
        }
    }
}
