using System;
using System.Globalization;
using System.Management.Automation;
using TossPayments.Reports;

namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// Reads a point in time for the API's Korea-time queries. A value that says its zone keeps
    /// its instant: a <see cref="DateTimeOffset"/>, a local or UTC <see cref="DateTime"/> (what
    /// <c>Get-Date</c> gives), text with an offset or <c>Z</c>. A value with no zone (text such as
    /// <c>'2026-11-02'</c>, a <c>[datetime]</c> cast from text) is a Korean wall-clock time, as a
    /// merchant's "2 November" means, whatever the zone of the machine that runs the script.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class KoreaTimeTransformationAttribute : ArgumentTransformationAttribute
    {
        /// <inheritdoc />
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
            switch (value)
            {
                case DateTimeOffset time:
                    return time.ToOffset(KoreaTime.Offset);
                case DateTime time:
                    return FromDateTime(time);
                case string text when string.IsNullOrWhiteSpace(text):
                    // An empty CSV cell is no time: an optional parameter takes it as not given, a mandatory one refuses it.
                    return null;
                case string text when DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed):
                    return FromDateTime(parsed);
                case string text:
                    throw new ArgumentTransformationMetadataException(
                        $"'{text}' is not a date or time: write it as yyyy-MM-dd or yyyy-MM-dd HH:mm:ss (Korea time), or with an offset such as +09:00.");
                default:
                    return value;
            }
        }

        private static DateTimeOffset FromDateTime(DateTime time) =>
            time.Kind == DateTimeKind.Unspecified
                ? new DateTimeOffset(time, KoreaTime.Offset)
                : new DateTimeOffset(time).ToOffset(KoreaTime.Offset);
    }
}
