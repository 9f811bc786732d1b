using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using TossPayments.Reports;

namespace TossPayments.Json
{
    /// <summary>
    /// Reads the API's date-times with or without an offset and with 0 to 7 fractional digits. A
    /// value with no offset (<c>virtualAccount.dueDate</c> as documented, webhook
    /// <c>createdAt</c>) is Korea time, never the zone of the machine that reads it (API notes
    /// §8b). Writes ISO 8601 with the offset.
    /// </summary>
    internal sealed class KoreaDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
    {
        private static readonly Regex HasZone = new Regex(@"(Z|[+-]\d{2}(:?\d{2})?)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            // Fast path, no string made: the common ISO 8601 forms, read by the reader itself. It would
            // read a value with no offset in the machine's zone, so such a value is read as a plain
            // date-time and given Korea's offset.
            if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                var raw = reader.ValueSpan;
                if (HasOffset(raw) && reader.TryGetDateTimeOffset(out var fast))
                {
                    return fast;
                }

                if (!HasOffset(raw) && raw.Length > 0 && raw[raw.Length - 1] is >= (byte)'0' and <= (byte)'9' && reader.TryGetDateTime(out var local))
                {
                    return new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), KoreaTime.Offset);
                }
            }

            var text = reader.GetString() ?? throw new JsonException("A date-time was expected.");
            if (HasZone.IsMatch(text))
            {
                return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var zoned)
                    ? zoned
                    : throw new JsonException($"'{text}' is not a date-time.");
            }

            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var korean)
                ? new DateTimeOffset(DateTime.SpecifyKind(korean, DateTimeKind.Unspecified), KoreaTime.Offset)
                : throw new JsonException($"'{text}' is not a date-time.");
        }

        // "…Z" or "…+09:00" / "…-05:00" at the end: the forms the reader's own parser takes.
        private static bool HasOffset(ReadOnlySpan<byte> raw) =>
            (raw.Length > 0 && (raw[raw.Length - 1] | 0x20) == 'z')
            || (raw.Length > 6 && raw[raw.Length - 3] == ':' && raw[raw.Length - 6] is (byte)'+' or (byte)'-');

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
    }
}
