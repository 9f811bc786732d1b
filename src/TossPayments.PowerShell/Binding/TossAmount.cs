using System;
using System.Collections;
using System.Globalization;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// An amount as a row or the command line gave it: a number read exactly, or the reason it
    /// could not be. Amount parameters take this type so that nothing the binder cannot convert is
    /// ever dropped (an unbound optional amount would mean "the whole balance"): every value
    /// binds, and an unreadable one is refused with <c>InvalidAmount</c> when its row is checked.
    /// </summary>
    public sealed class TossAmount
    {
        // Digits, with ',' only between groups of three (so '1,50' is not read as 150), and '.' decimals.
        private static readonly Regex AmountText = new Regex(@"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$", RegexOptions.CultureInvariant);

        private readonly decimal _value;
        private readonly string? _problem;

        private TossAmount(decimal value, string? problem)
        {
            _value = value;
            _problem = problem;
        }

        /// <summary>Whether the value was read exactly.</summary>
        public bool IsReadable => _problem is null;

        /// <summary>
        /// Reads an amount: integers and decimals as they are; a double by its shortest exact
        /// text (so 0.1 is 0.1, and 3410.0000000000005 keeps its fraction for the amount rules to
        /// refuse); text as digits with optional ',' thousands and '.' decimals, in any culture.
        /// An empty cell is no amount (null). $null, NaN, infinities, doubles beyond decimal's
        /// range, several values, and anything else are unreadable.
        /// </summary>
        public static TossAmount? From(object? input)
        {
            var value = input is PSObject wrapped ? wrapped.BaseObject : input;
            switch (value)
            {
                case null:
                    // Never "not given": a $null is a missing property or an unset (misspelled) variable.
                    return Unreadable("is $null: no value (a missing property or an unset variable?). Leave the parameter out, or the CSV cell empty, to give none");
                case TossAmount amount:
                    return amount;
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text:
                    return FromText(text.Trim(), $"'{text}'");
                case decimal number:
                    return new TossAmount(number, null);
                case int _:
                case long _:
                case short _:
                case byte _:
                case sbyte _:
                case ushort _:
                case uint _:
                case ulong _:
                    return new TossAmount(Convert.ToDecimal(value, CultureInfo.InvariantCulture), null);
                case double number:
                    return FromFloatingPoint(number, number.ToString("R", CultureInfo.InvariantCulture));
                case float number:
                    return FromFloatingPoint(number, number.ToString("R", CultureInfo.InvariantCulture));
                case IDictionary _:
                    return Unreadable("is a table, not a number");
                case IEnumerable list:
                    return Unreadable($"holds {Count(list)} values; an amount is one number");
                default:
                    return Unreadable($"is a {value.GetType().Name} ('{value}'), not a number");
            }
        }

        /// <summary>The amount, or <c>InvalidAmount</c> naming the parameter when it could not be read.</summary>
        /// <exception cref="TossPaymentsValidationException">The value was not an exact amount.</exception>
        public decimal Read(string parameterName) =>
            _problem is null ? _value : throw new TossPaymentsValidationException("InvalidAmount", parameterName, $"The {parameterName} {_problem}; nothing was sent.");

        /// <summary>A required amount: an empty cell is refused, saying what the amount is for.</summary>
        /// <exception cref="TossPaymentsValidationException">The amount was empty or unreadable.</exception>
        internal static decimal Required(TossAmount? amount, string parameterName, string purpose) =>
            amount?.Read(parameterName) ?? throw new TossPaymentsValidationException("InvalidAmount", parameterName, $"The {parameterName} is empty; {purpose}. Nothing was sent.");

        /// <summary>A count (hours, months) read exactly: a fraction such as 24.5 is refused, not rounded.</summary>
        /// <param name="parameterName">The parameter, for the error.</param>
        /// <param name="errorId">The error id of a value that is not a whole number.</param>
        /// <param name="unit">What is counted, for the message: "hours", "months".</param>
        /// <exception cref="TossPaymentsValidationException">The value was unreadable or not a whole number.</exception>
        public int ReadWhole(string parameterName, string errorId, string unit) => Read(parameterName) switch
        {
            decimal whole when whole == decimal.Truncate(whole) && whole is >= int.MinValue and <= int.MaxValue => (int)whole,
            var other => throw new TossPaymentsValidationException(errorId, parameterName, $"{parameterName} {other} is not a whole number of {unit}; nothing was sent."),
        };

        /// <summary>The amount as the invariant culture writes it, or what was wrong with the input.</summary>
        public override string ToString() => _problem is null ? _value.ToString(CultureInfo.InvariantCulture) : "(unreadable: " + _problem + ")";

        // exact: the shortest text that reads back as the same number, i.e. the value the script meant.
        private static TossAmount FromFloatingPoint(double number, string exact)
        {
            if (double.IsNaN(number))
            {
                return Unreadable("is NaN (not a number), which is no amount");
            }

            if (double.IsInfinity(number))
            {
                return Unreadable($"is {(number > 0 ? "" : "minus ")}infinity, which is no amount");
            }

            return decimal.TryParse(exact, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount)
                ? new TossAmount(amount, null)
                : Unreadable($"{exact} is too large to be an amount");
        }

        private static TossAmount FromText(string text, string shown)
        {
            if (!AmountText.IsMatch(text))
            {
                return Unreadable($"{shown} is not an amount: write digits, optionally with ',' between groups of three and '.' decimals");
            }

            return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                ? new TossAmount(amount, null)
                : Unreadable($"{shown} is too large to be an amount");
        }

        private static TossAmount Unreadable(string problem) => new TossAmount(0, problem);

        private static int Count(IEnumerable list)
        {
            var count = 0;
            foreach (var _ in list)
            {
                count++;
            }

            return count;
        }
    }
}
