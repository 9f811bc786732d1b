using System;
using System.Security.Cryptography;
using System.Text;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>
    /// The order id and idempotency key of a periodic charge, derived so that a run repeated after
    /// any failure sends each charge again with the same ones: TossPayments then answers with the
    /// first charge instead of making a second (API notes §10). One charge per customer key and period.
    /// </summary>
    public static class BillingChargeKeys
    {
        // Enough of the hash to tell customers apart (80 bits) and keep the order id short.
        private const int CustomerHashLength = 20;

        /// <summary>
        /// The order id of a customer's charge for a period: the period, then a hash of the customer
        /// key, e.g. <c>2026-11-3f1c…</c> (the customer key itself is not shown).
        /// </summary>
        /// <param name="customerKey">The customer the billing key was issued for.</param>
        /// <param name="period">The period's label, 1 to 40 of <c>A-Z a-z 0-9 - _</c>, such as <c>2026-11</c>.</param>
        /// <exception cref="TossPaymentsValidationException">The customer key or period breaks its rule.</exception>
        public static string OrderId(string customerKey, string period)
        {
            RequestValidator.CustomerKey(customerKey);
            RequestValidator.BillingPeriod(period);
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes(customerKey));
            return period + "-" + Convert.ToHexString(hash).Substring(0, CustomerHashLength).ToLowerInvariant();
        }

        /// <summary>
        /// The idempotency key of an attempt to charge an order: <c>billing-</c> and the order id,
        /// then <c>-2</c>, <c>-3</c>… for later attempts. TossPayments answers a key with its first
        /// answer for 15 days, a refusal included: trying a declined customer again needs the next
        /// attempt. The order id stays the same, so an order is never charged twice.
        /// </summary>
        /// <param name="orderId">The charge's order id.</param>
        /// <param name="attempt">1 for the first attempt, up to 99.</param>
        /// <exception cref="TossPaymentsValidationException">The order id or attempt breaks its rule.</exception>
        public static string IdempotencyKey(string orderId, int attempt = 1)
        {
            RequestValidator.OrderId(orderId);
            RequestValidator.ChargeAttempt(attempt);
            return "billing-" + orderId + (attempt == 1 ? "" : "-" + attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
