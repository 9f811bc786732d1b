using System;
using System.Buffers;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// The hand-written payment reader (Json/PaymentReader.cs) reads exactly what the generated
    /// metadata reads, field by field, takes and refuses the same values, and keeps nothing of a
    /// payment's fields out of the typed properties.
    /// </summary>
    public sealed class PaymentReaderTests
    {
        // Every top-level field of a payment, each with a value, plus what the API might add:
        // numbers sent as text, an escaped name, unknown names (ASCII, Korean, long), nulls.
        private const string EveryField = """
            {"version":"2022-11-16","paymentKey":"pk_1","type":"NORMAL","orderId":"order-1","orderName":"토스 티셔츠","mId":"tosspayments",
             "lastTransactionKey":"tx_2","transactionKey":null,"status":"PARTIAL_CANCELED","method":"카드",
             "requestedAt":"2024-02-13T12:17:57+09:00","approvedAt":"2024-02-13T12:18:14","useEscrow":false,"cultureExpense":true,
             "currency":"KRW","totalAmount":"15000","balanceAmount":14000,"suppliedAmount":12727,"\u0076at":1273,"taxFreeAmount":0,
             "taxExemptionAmount":0,"isPartialCancelable":true,"easyPayAmount":null,"easyPayDiscountAmount":"500",
             "cancels":[{"cancelAmount":1000,"cancelReason":"고객 변심","canceledAt":"2024-02-14T10:00:00+09:00","transactionKey":"tx_2","newCancelField":1}],
             "card":{"issuerCode":"71","number":"12345678****000*","amount":15000,"cardType":"신용"},
             "virtualAccount":{"accountNumber":"X6516051337","dueDate":"2024-02-20T12:00:00"},
             "mobilePhone":{"customerMobilePhone":"01012345678"},"giftCertificate":{"approveNo":"1"},"transfer":{"bankCode":"88"},
             "easyPay":{"provider":"토스페이","amount":0,"discountAmount":500},"foreignEasyPay":{"provider":"PAYPAL","anything":[1,{"a":null}]},
             "secret":"ps_1","receipt":{"url":"https://r"},"checkout":{"url":"https://c"},"country":"KR",
             "failure":{"code":"C","message":"m"},"cashReceipt":{"receiptKey":"r1","amount":1000},
             "cashReceipts":[{"receiptKey":"r1","issueStatus":"COMPLETED","amount":1000}],"discount":{"amount":500},
             "metadata":{"channel":"app"},
             "brandNewField":{"nested":[1,2]},"새필드":"값","a_name_longer_than_any_field_of_a_payment_is":true}
            """;

        public static TheoryData<string> Payments()
        {
            var data = new TheoryData<string> { EveryField };
            foreach (var sample in Samples.All)
            {
                data.Add(Samples.Read(sample));
            }

            return data;
        }

        [Fact]
        public void The_every_field_payment_has_every_field_the_generated_metadata_knows()
        {
            using var document = JsonDocument.Parse(EveryField);
            var sent = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet();

            var missing = TossJsonContext.Generated.Payment.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).Where(name => !sent.Contains(name)).ToList();

            Assert.True(missing.Count == 0, "Add to EveryField (and to PaymentReader): " + string.Join(", ", missing));
        }

        [Theory]
        [MemberData(nameof(Payments))]
        public void A_payment_reads_as_the_generated_metadata_reads_it(string json)
        {
            var byHand = TossJson.DeserializePayment(json);
            var generated = JsonSerializer.Deserialize(json, TossJsonContext.Generated.Payment)!;

            Assert.Equal(Written(generated), Written(byHand));
            Assert.Equal(generated.ExtensionData?.Keys.Order(), byHand.ExtensionData?.Keys.Order());
        }

        [Fact]
        public void Unknown_fields_are_kept_whatever_their_name()
        {
            var payment = TossJson.DeserializePayment(EveryField);

            Assert.Equal(["brandNewField", "새필드", "a_name_longer_than_any_field_of_a_payment_is"], payment.ExtensionData!.Keys);
            Assert.Equal(1273m, payment.Vat);
            Assert.Equal(15000m, payment.TotalAmount);
        }

        [Fact]
        public void A_status_or_method_read_twice_is_one_shared_string_and_an_unknown_one_is_kept_as_sent()
        {
            var first = TossJson.DeserializePayment("""{"paymentKey":"k1","orderId":"order-1","status":"DONE","method":"카드","currency":"KRW"}""");
            var second = TossJson.DeserializePayment("""{"paymentKey":"k2","orderId":"order-2","status":"DONE","method":"카드","currency":"KRW"}""");
            var unknown = TossJson.DeserializePayment("""{"paymentKey":"k3","orderId":"order-3","status":"done","method":"\uCE74\uB4DC"}""");

            Assert.Same(first.RawStatus, second.RawStatus);
            Assert.Same(first.RawMethod, second.RawMethod);
            Assert.Same(first.Currency, second.Currency);
            Assert.Equal("done", unknown.RawStatus);
            Assert.Equal("카드", unknown.RawMethod);
        }

        [Theory]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","totalAmount":"abc"}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","totalAmount":true}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","totalAmount":null}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","totalAmount":1e40}""")]
        [InlineData("""{"paymentKey":5,"orderId":"order-1"}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","useEscrow":"yes"}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","requestedAt":"yesterday"}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","card":5}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","card":[]}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","cancels":{}}""")]
        [InlineData("""{"paymentKey":"k","orderId":"order-1","card":{"amount":1""")]
        [InlineData("""[{"paymentKey":"k"}]""")]
        public void A_value_the_generated_metadata_refuses_is_refused(string json)
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, TossJsonContext.Generated.Payment));

            Assert.Throws<JsonException>(() => TossJson.DeserializePayment(json));
        }

        [Fact]
        public void A_payment_read_from_many_small_buffers_reads_the_same()
        {
            var json = Samples.Read(Samples.CardCanceled);
            var reader = new Utf8JsonReader(Segments.Of(Encoding.UTF8.GetBytes(json), size: 7));

            var payment = JsonSerializer.Deserialize(ref reader, TossJsonContext.Wire.Payment)!;

            Assert.Equal(Written(TossJson.DeserializePayment(json)), Written(payment));
        }

        [Fact]
        public void A_payment_read_from_a_stream_reads_the_same()
        {
            var json = Samples.Read(Samples.CardCanceled);
            using var stream = new System.IO.MemoryStream(Encoding.UTF8.GetBytes(json));

            var payment = JsonSerializer.Deserialize(stream, TossJsonContext.Wire.Payment)!;

            Assert.Equal(Written(TossJson.DeserializePayment(json)), Written(payment));
        }

        private static string Written(Payment payment) => JsonSerializer.Serialize(payment, TossJsonContext.Generated.Payment);

        /// <summary>A byte sequence cut into segments, as a pipe or socket hands it over.</summary>
        private sealed class Segments : ReadOnlySequenceSegment<byte>
        {
            private Segments(ReadOnlyMemory<byte> memory, long runningIndex)
            {
                Memory = memory;
                RunningIndex = runningIndex;
            }

            public static ReadOnlySequence<byte> Of(byte[] bytes, int size)
            {
                var first = new Segments(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
                var last = first;
                for (var start = size; start < bytes.Length; start += size)
                {
                    var next = new Segments(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)), start);
                    last.Next = next;
                    last = next;
                }

                return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
            }
        }
    }
}
