using System.Linq;

namespace TossPayments.Payments
{
    /// <summary>How a card number given for a key-in (API notes §10) is shown where it must not be whole.</summary>
    internal static class CardNumbers
    {
        /// <summary>
        /// A star for each digit but the last four, e.g. <c>************1234</c>; only <c>****</c> for
        /// fewer than 10 digits, where four would be too much of the value.
        /// </summary>
        public static string Mask(string? value)
        {
            var digits = value is null ? "" : new string(value.Where(char.IsAsciiDigit).ToArray());
            return digits.Length < 10 ? "****" : new string('*', digits.Length - 4) + digits[^4..];
        }
    }
}
