using System;

namespace TossPayments.Models
{
    /// <summary>How a billing key is shown where it must not be whole: in messages, logs and paths of errors.</summary>
    public static class BillingKeys
    {
        /// <summary>The key's first four characters and a mask, e.g. <c>Z_t5****</c>.</summary>
        public static string Mask(string? billingKey) =>
            string.IsNullOrEmpty(billingKey) ? "(none)" : billingKey!.Substring(0, Math.Min(4, billingKey.Length / 4)) + "****";
    }
}
