using System;
using System.Globalization;
using TossPayments.Models;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Columns whose values are secrets, never shown whole in a message or warning: billing keys
    /// (API notes §10). A row keeps them, as the input it is; only what is written about it masks them.
    /// </summary>
    internal static class SecretColumns
    {
        /// <summary>A column's value as a message may show it: masked when the column holds a billing key, in any spelling.</summary>
        public static object? Shown(string columnName, object? value) =>
            string.Equals(RowCheck.Normalize(columnName), "billingkey", StringComparison.Ordinal)
                ? BillingKeys.Mask(Convert.ToString(value, CultureInfo.InvariantCulture))
                : value;
    }
}
