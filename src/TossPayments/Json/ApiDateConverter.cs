using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TossPayments.Json
{
    /// <summary>Reads and writes the API's plain dates, <c>yyyy-MM-dd</c>, as <see cref="DateTime"/> values with no time and no zone.</summary>
    internal sealed class ApiDateConverter : JsonConverter<DateTime?>
    {
        private const string Format = "yyyy-MM-dd";

        public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            var text = reader.GetString();
            if (DateTime.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            // A full date-time is tolerated: its own calendar day.
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time.Date;
            }

            throw new JsonException($"'{text}' is not a date (yyyy-MM-dd).");
        }

        public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
        {
            if (value is DateTime date)
            {
                writer.WriteStringValue(date.ToString(Format, CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
