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
    // A payment's nested parts: read on demand (Deferred), so the generator does not reach them through Payment.
    [JsonSerializable(typeof(System.Collections.Generic.IList<Cancellation>))]
    [JsonSerializable(typeof(Card))]
    [JsonSerializable(typeof(VirtualAccount))]
    [JsonSerializable(typeof(MobilePhone))]
    [JsonSerializable(typeof(GiftCertificate))]
    [JsonSerializable(typeof(Transfer))]
    [JsonSerializable(typeof(EasyPay))]
    [JsonSerializable(typeof(Receipt))]
    [JsonSerializable(typeof(Checkout))]
    [JsonSerializable(typeof(Failure))]
    [JsonSerializable(typeof(PaymentCashReceipt))]
    [JsonSerializable(typeof(System.Collections.Generic.IList<CashReceipt>))]
    [JsonSerializable(typeof(CashReceipt))]
    [JsonSerializable(typeof(CashReceiptPage))]
    [JsonSerializable(typeof(Discount))]
    [JsonSerializable(typeof(System.Collections.Generic.IDictionary<string, string>))]
    [JsonSerializable(typeof(ConfirmPaymentRequest))]
    [JsonSerializable(typeof(CancelPaymentRequest))]
    [JsonSerializable(typeof(IssueVirtualAccountRequest))]
    [JsonSerializable(typeof(IssueBillingKeyRequest))]
    [JsonSerializable(typeof(IssueBillingKeyByCardRequest))]
    [JsonSerializable(typeof(BillingChargeRequest))]
    [JsonSerializable(typeof(Billing))]
    [JsonSerializable(typeof(CashReceipts.IssueCashReceiptRequest))]
    [JsonSerializable(typeof(CashReceipts.CancelCashReceiptRequest))]
    [JsonSerializable(typeof(ApiErrorBody))]
    [JsonSerializable(typeof(System.Collections.Generic.List<Transaction>))]
    [JsonSerializable(typeof(System.Collections.Generic.List<Settlement>))]
    internal sealed partial class TossJsonContext : JsonSerializerContext
    {
        /// <summary>
        /// The context to use: it writes Korean as raw UTF-8, as the API does, where the default
        /// would escape it; payments are read by <see cref="PaymentReader"/>.
        /// </summary>
        public static TossJsonContext Wire { get; } = Create(new PaymentReader());

        /// <summary>The same, reading payments through the generated metadata: <see cref="PaymentReader"/> writes through it.</summary>
        public static TossJsonContext Generated { get; } = Create();

        private static TossJsonContext Create(params JsonConverter[] converters)
        {
            var options = new JsonSerializerOptions
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                NumberHandling = JsonNumberHandling.AllowReadingFromString,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                Converters = { new KoreaDateTimeOffsetConverter() },
            };
            foreach (var converter in converters)
            {
                options.Converters.Add(converter);
            }

            return new TossJsonContext(options);
        }
    }

    /// <summary>The v1 error body, <c>{"code": …, "message": …}</c>.</summary>
    internal sealed class ApiErrorBody
    {
        public string? Code { get; set; }

        public string? Message { get; set; }
    }
}
