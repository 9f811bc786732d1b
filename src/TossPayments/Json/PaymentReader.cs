using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using TossPayments.Models;
using TossPayments.Validation;

namespace TossPayments.Json
{
    /// <summary>
    /// Reads a payment's top-level fields by hand and keeps its nested parts as raw JSON
    /// (<see cref="Deferred{T}"/>): the generated reader spends as much on dispatch as on the
    /// values (bench S4). Writes through the generated metadata, <see cref="TossJsonContext.Generated"/>,
    /// which is also what the tests hold this reader equal to, field by field.
    /// </summary>
    internal sealed class PaymentReader : JsonConverter<Payment>
    {
        // Longer names are no field of a payment: they reach the extension data by the slow path.
        private const int LongestName = 32;

        // The values these fields take again and again, read as shared strings.
        private static readonly KnownText Versions = new KnownText(["2022-11-16"]);
        private static readonly KnownText Types = new KnownText(ApiEnum.Values<PaymentType>());
        private static readonly KnownText Statuses = new KnownText(ApiEnum.Values<PaymentStatus>());
        private static readonly KnownText Methods = new KnownText(ApiEnum.Values<PaymentMethod>());
        private static readonly KnownText Currencies = new KnownText(RequestValidator.Currencies);
        private static readonly KnownText Countries = new KnownText(["KR"]);

        private readonly KoreaDateTimeOffsetConverter _dates = new KoreaDateTimeOffsetConverter();

        public override Payment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a payment object, found {reader.TokenType}.");
            }

            var payment = new Payment();
            Span<char> buffer = stackalloc char[LongestName];
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                // The API's names are plain ASCII: widened as they are, with no UTF-8 decoding.
                var name = !reader.HasValueSequence && !reader.ValueIsEscaped && reader.ValueSpan.Length <= LongestName && Ascii.ToUtf16(reader.ValueSpan, buffer, out var length) == OperationStatus.Done
                    ? buffer[..length]
                    : reader.GetString().AsSpan();
                reader.Read();
                switch (name)
                {
                    case "version": payment.Version = Text(ref reader, options, Versions); break;
                    case "paymentKey": payment.PaymentKey = Text(ref reader, options) ?? ""; break;
                    case "type": payment.RawType = Text(ref reader, options, Types); break;
                    case "orderId": payment.OrderId = Text(ref reader, options) ?? ""; break;
                    case "orderName": payment.OrderName = Text(ref reader, options); break;
                    case "mId": payment.MId = Text(ref reader, options); break;
                    case "lastTransactionKey": payment.LastTransactionKey = Text(ref reader, options); break;
                    case "transactionKey": payment.TransactionKey = Text(ref reader, options); break;
                    case "status": payment.RawStatus = Text(ref reader, options, Statuses); break;
                    case "method": payment.RawMethod = Text(ref reader, options, Methods); break;
                    case "requestedAt": payment.RequestedAt = Time(ref reader, options); break;
                    case "approvedAt": payment.ApprovedAt = Time(ref reader, options); break;
                    case "useEscrow": payment.UseEscrow = Flag(ref reader, options); break;
                    case "cultureExpense": payment.CultureExpense = Flag(ref reader, options); break;
                    case "currency": payment.Currency = Text(ref reader, options, Currencies); break;
                    case "totalAmount": payment.TotalAmount = Amount(ref reader, options); break;
                    case "balanceAmount": payment.BalanceAmount = Amount(ref reader, options); break;
                    case "suppliedAmount": payment.SuppliedAmount = Amount(ref reader, options); break;
                    case "vat": payment.Vat = Amount(ref reader, options); break;
                    case "taxFreeAmount": payment.TaxFreeAmount = Amount(ref reader, options); break;
                    case "taxExemptionAmount": payment.TaxExemptionAmount = Amount(ref reader, options); break;
                    case "isPartialCancelable": payment.IsPartialCancelable = Flag(ref reader, options); break;
                    case "easyPayAmount": payment.EasyPayAmount = AmountOrNull(ref reader, options); break;
                    case "easyPayDiscountAmount": payment.EasyPayDiscountAmount = AmountOrNull(ref reader, options); break;
                    case "cancels": payment.CancelsJson = Part<IList<Cancellation>>(ref reader, options); break;
                    case "card": payment.CardJson = Part<Card>(ref reader, options); break;
                    case "virtualAccount": payment.VirtualAccountJson = Part<VirtualAccount>(ref reader, options); break;
                    case "mobilePhone": payment.MobilePhoneJson = Part<MobilePhone>(ref reader, options); break;
                    case "giftCertificate": payment.GiftCertificateJson = Part<GiftCertificate>(ref reader, options); break;
                    case "transfer": payment.TransferJson = Part<Transfer>(ref reader, options); break;
                    case "easyPay": payment.EasyPayJson = Part<EasyPay>(ref reader, options); break;
                    case "foreignEasyPay": payment.ForeignEasyPay = reader.TokenType == JsonTokenType.Null ? null : JsonElement.ParseValue(ref reader); break;
                    case "secret": payment.Secret = Text(ref reader, options); break;
                    case "receipt": payment.ReceiptJson = Part<Receipt>(ref reader, options); break;
                    case "checkout": payment.CheckoutJson = Part<Checkout>(ref reader, options); break;
                    case "country": payment.Country = Text(ref reader, options, Countries); break;
                    case "failure": payment.FailureJson = Part<Failure>(ref reader, options); break;
                    case "cashReceipt": payment.CashReceiptJson = Part<PaymentCashReceipt>(ref reader, options); break;
                    case "cashReceipts": payment.CashReceiptsJson = Part<IList<CashReceipt>>(ref reader, options); break;
                    case "discount": payment.DiscountJson = Part<Discount>(ref reader, options); break;
                    case "metadata": payment.MetadataJson = Part<IDictionary<string, string>>(ref reader, options); break;
                    default: (payment.ExtensionData ??= new Dictionary<string, JsonElement>())[name.ToString()] = JsonElement.ParseValue(ref reader); break;
                }
            }

            return payment;
        }

        public override void Write(Utf8JsonWriter writer, Payment value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value, TossJsonContext.Generated.Payment);

        // Each value the common way, by the reader; any other (a number sent as text, a wrong
        // type) by the serializer itself, so it is taken or refused exactly as the generated reader would.
        private static string? Text(ref Utf8JsonReader reader, JsonSerializerOptions options, KnownText? shared = null) =>
            reader.TokenType is JsonTokenType.String or JsonTokenType.Null
                ? shared is null ? reader.GetString() : shared.Read(ref reader)
                : Slow<string>(ref reader, options);

        private static decimal Amount(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var amount) ? amount : Slow<decimal>(ref reader, options);

        private static decimal? AmountOrNull(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : Amount(ref reader, options);

        private static bool? Flag(ref Utf8JsonReader reader, JsonSerializerOptions options) => reader.TokenType switch
        {
            JsonTokenType.True => true,
            JsonTokenType.False => false,
            JsonTokenType.Null => null,
            _ => Slow<bool?>(ref reader, options),
        };

        private DateTimeOffset? Time(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? null : _dates.Read(ref reader, typeof(DateTimeOffset), options);

        private static Deferred<T>? Part<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
            where T : class =>
            reader.TokenType == JsonTokenType.Null ? null : Deferred<T>.Keep(ref reader, options);

        private static T Slow<T>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
            JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!;
    }
}
