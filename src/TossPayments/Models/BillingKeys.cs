using System;

namespace TossPayments.Models
{
    /// <summary>How a billing key is shown where it must not be whole (in messages, logs and paths of errors), and checked before it is sent.</summary>
    public static class BillingKeys
    {
        /// <summary>The key's first four characters and a mask, e.g. <c>Z_t5****</c>.</summary>
        public static string Mask(string? billingKey) =>
            string.IsNullOrEmpty(billingKey) ? "(none)" : billingKey!.Substring(0, Math.Min(4, billingKey.Length / 4)) + "****";

        /// <summary>Checks a billing key as the client does before sending: 1 to 200 characters with no white space.</summary>
        /// <exception cref="TossPaymentsValidationException">It is not one (<c>InvalidBillingKey</c>), shown masked.</exception>
        public static void Validate(string? billingKey) => Validation.RequestValidator.BillingKey(billingKey);
    }
}
