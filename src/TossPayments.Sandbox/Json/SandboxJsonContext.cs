using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TossPayments.Sandbox.Json
{
    /// <summary>The sandbox's JSON metadata: camelCase, nulls written, Korean as raw UTF-8, as the API writes them.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(PaymentResource))]
    [JsonSerializable(typeof(ErrorResource))]
    [JsonSerializable(typeof(System.Collections.Generic.List<TransactionResource>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<SettlementResource>))]
    [JsonSerializable(typeof(ConfirmBody))]
    [JsonSerializable(typeof(CancelBody))]
    [JsonSerializable(typeof(VirtualAccountBody))]
    [JsonSerializable(typeof(AuthKeyBody))]
    [JsonSerializable(typeof(DeclineBody))]
    [JsonSerializable(typeof(ChargeBody))]
    [JsonSerializable(typeof(BillingResource))]
    [JsonSerializable(typeof(KeyInBody))]
    [JsonSerializable(typeof(CashReceiptBody))]
    [JsonSerializable(typeof(CashReceiptCancelBody))]
    [JsonSerializable(typeof(CashReceiptResource))]
    [JsonSerializable(typeof(CashReceiptPageResource))]
    [JsonSerializable(typeof(System.Collections.Generic.IReadOnlyList<Domain.LedgerEntry>))]
    [JsonSerializable(typeof(Api.RequestCount))]
    [JsonSerializable(typeof(Api.ClockBody))]
    [JsonSerializable(typeof(Api.CheckoutBody))]
    [JsonSerializable(typeof(Api.ClockTime))]
    [JsonSerializable(typeof(Api.SubscriptionBody))]
    [JsonSerializable(typeof(System.Collections.Generic.List<string>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<Api.DeliveryResource>))]
    internal sealed partial class SandboxJsonContext : JsonSerializerContext
    {
        /// <summary>The context to use: <see cref="JsonSerializerContext"/>'s default would escape every Hangul character.</summary>
        public static SandboxJsonContext Wire { get; } = new(new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }
}
