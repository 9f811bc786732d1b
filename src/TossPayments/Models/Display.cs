using System;
using System.Globalization;
using System.Linq;

namespace TossPayments.Models
{
    /// <summary>
    /// How the nested objects of a payment read as one line (their <c>ToString()</c>), which is
    /// what <c>Format-List</c> shows for them: amounts with thousands separators, times as the
    /// API gave them, and only the parts that are there.
    /// </summary>
    internal static class Display
    {
        public static string Amount(decimal amount) => amount.ToString("#,0.##", CultureInfo.InvariantCulture);

        public static string? Time(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

        /// <summary>The parts that are not empty, joined by ", ".</summary>
        public static string Join(params string?[] parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

        /// <summary>"label value" when the value is there, else nothing.</summary>
        public static string? Labelled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? null : label + " " + value;
    }
}
