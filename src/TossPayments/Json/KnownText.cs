using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TossPayments.Json
{
    /// <summary>
    /// The few values a field takes again and again (statuses, types, currencies…): read as one
    /// shared string each instead of a new one per payment. Any other value is read as usual.
    /// </summary>
    internal sealed class KnownText
    {
        private readonly (byte[] Utf8, string Text)[] _values;

        public KnownText(IEnumerable<string> values)
        {
            _values = values.Select(value => (Encoding.UTF8.GetBytes(value), value)).ToArray();
        }

        /// <summary>The string at the reader, shared when it is a known value.</summary>
        public string? Read(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                var sent = reader.ValueSpan;
                foreach (var (utf8, text) in _values)
                {
                    if (sent.SequenceEqual(utf8))
                    {
                        return text;
                    }
                }
            }

            return reader.GetString();
        }
    }
}
