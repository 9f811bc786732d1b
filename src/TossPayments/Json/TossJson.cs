using System;
using System.Text.Json;
using TossPayments.Models;

namespace TossPayments.Json
{
    /// <summary>Reads and writes payments exactly as the API shapes them (camelCase, unknown fields kept).</summary>
    public static class TossJson
    {
        /// <summary>Reads a payment from the API's JSON: its top-level fields now, its nested parts when first asked for.</summary>
        /// <exception cref="JsonException">The text is not a payment.</exception>
        public static Payment DeserializePayment(string json) =>
            JsonSerializer.Deserialize(json, TossJsonContext.Wire.Payment)
            ?? throw new JsonException("The JSON was null, not a payment.");

        /// <summary>Reads a payment from UTF-8 JSON bytes: its top-level fields now, its nested parts when first asked for.</summary>
        /// <exception cref="JsonException">The bytes are not a payment.</exception>
        public static Payment DeserializePayment(ReadOnlySpan<byte> utf8Json) =>
            JsonSerializer.Deserialize(utf8Json, TossJsonContext.Wire.Payment)
            ?? throw new JsonException("The JSON was null, not a payment.");

        /// <summary>Writes a payment back out as the API's JSON, including fields kept in <see cref="ApiObject.ExtensionData"/>.</summary>
        public static string Serialize(Payment payment) =>
            JsonSerializer.Serialize(payment, TossJsonContext.Wire.Payment);
    }
}
