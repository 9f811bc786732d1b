using System.Linq;

namespace TossPayments.Validation
{
    /// <summary>
    /// Numbers people write in groups (<c>010-1234-5678</c>, <c>4330 1234 5678 9012</c>): read
    /// when the separators stand singly between digits, and sent as the digits alone.
    /// </summary>
    internal static class DigitGroups
    {
        /// <summary>How many digits <paramref name="value"/> has when it is digits with single <paramref name="separators"/> between them; -1 when it is not.</summary>
        public static int Count(string? value, string separators)
        {
            if (string.IsNullOrEmpty(value) || !char.IsAsciiDigit(value![0]) || !char.IsAsciiDigit(value[^1]))
            {
                return -1;
            }

            var digits = 0;
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsAsciiDigit(value[i]))
                {
                    digits++;
                }
                else if (separators.IndexOf(value[i]) < 0 || !char.IsAsciiDigit(value[i + 1]))
                {
                    return -1;
                }
            }

            return digits;
        }

        /// <summary>The digits alone, as the API takes them.</summary>
        public static string? Digits(string? value) => value is null ? null : new string(value.Where(char.IsAsciiDigit).ToArray());
    }
}
