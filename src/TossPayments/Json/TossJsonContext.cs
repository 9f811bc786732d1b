using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TossPayments.Models;
using TossPayments.Payments;

namespace TossPayments.Json
{
    /// <summary>The source-generated System.Text.Json metadata for every type the client reads or writes.</summary>
    [JsonSourceGenerationOptions(
        PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(Payment))]
    [JsonSerializable(typeof(ConfirmPaymentRequest))]
    [JsonSerializable(typeof(CancelPaymentRequest))]
    [JsonSerializable(typeof(ApiErrorBody))]
    [JsonSerializable(typeof(System.Collections.Generic.List<Transaction>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<Settlement>))]
    internal sealed partial class TossJsonContext : JsonSerializerContext
    {
        /// <summary>The context to use: it writes Korean as raw UTF-8, as the API does, where the default would escape it.</summary>
        public static TossJsonContext Wire { get; } = new TossJsonContext(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            Converters = { new KoreaDateTimeOffsetConverter() },
        });
    }

    /// <summary>The v1 error body, <c>{"code": …, "message": …}</c>.</summary>
    internal sealed class ApiErrorBody
    {
        public string? Code { get; set; }

        public string? Message { get; set; }
    }
}
