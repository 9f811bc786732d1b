using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>The body of <c>POST /v1/billing/{billingKey}</c>: charge a billing key once (API notes §10).</summary>
    public sealed class BillingChargeRequest
    {
        /// <summary>Creates a charge.</summary>
        public BillingChargeRequest(string customerKey, decimal amount, string orderId, string orderName)
        {
            CustomerKey = customerKey;
            Amount = amount;
            OrderId = orderId;
            OrderName = orderName;
        }

        /// <summary>The customer the billing key was issued for.</summary>
        public string CustomerKey { get; }

        /// <summary>The amount, in whole won; it may differ from one charge to the next.</summary>
        public decimal Amount { get; }

        /// <summary>A new order id for this charge (6 to 64 of <c>A-Z a-z 0-9 - _</c>).</summary>
        public string OrderId { get; }

        /// <summary>What is charged for (1 to 100 characters).</summary>
        public string OrderName { get; }

        /// <summary>The customer's e-mail (at most 100 characters).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerEmail { get; set; }

        /// <summary>The customer's name (at most 100 characters).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerName { get; set; }

        /// <summary>The tax-free part (whole won).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? TaxFreeAmount { get; set; }

        /// <summary>Installment months: 0 (none) or 2 to 12, from 50,000 won.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? CardInstallmentPlan { get; set; }

        /// <summary>Checks the charge as the API's rules ask (API notes §10); a bad value throws <see cref="TossPaymentsValidationException"/>.</summary>
        public void Validate(string billingKey) => RequestValidator.BillingCharge(billingKey, this);
    }
}
