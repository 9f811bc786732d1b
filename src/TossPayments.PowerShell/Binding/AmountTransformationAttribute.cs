using System;
using System.Globalization;
using System.Management.Automation;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Reads an amount the way CSV files write it: an empty cell is no amount, and text is parsed
    /// in the invariant culture with thousands separators allowed (<c>"1,000"</c>), whatever the
    /// session's culture.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class AmountTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            if (value is string text)
            {
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (decimal.TryParse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
                {
                    return amount;
                }

                throw new ArgumentTransformationMetadataException($"'{text}' is not an amount: write digits, optionally with ',' thousands separators and '.' decimals.");
            }

            return value;
        }
    }
}
