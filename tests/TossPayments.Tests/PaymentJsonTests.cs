using System.Linq;
using System.Text.Json;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    public sealed class PaymentJsonTests
    {
        [Theory]
        [InlineData(Samples.CardDone)]
        [InlineData(Samples.CardCanceled)]
        [InlineData(Samples.CardDoneNotPartialCancelable)]
        public void Sample_payment_written_back_equals_the_original(string sample)
        {
            var json = Samples.Read(sample);

            var written = TossJson.Serialize(TossJson.DeserializePayment(json));

            JsonAssert.Equivalent(json, written);
        }

        [Theory]
        [InlineData(Samples.CardDone)]
        [InlineData(Samples.CardCanceled)]
        [InlineData(Samples.CardDoneNotPartialCancelable)]
        public void Every_field_of_the_samples_has_a_model_property(string sample)
        {
            var payment = TossJson.DeserializePayment(Samples.Read(sample));

            Assert.Null(payment.ExtensionData);
            Assert.Null(payment.Card?.ExtensionData);
            Assert.Null(payment.EasyPay?.ExtensionData);
            Assert.All(payment.Cancels ?? [], c => Assert.Null(c.ExtensionData));
        }

        [Fact]
        public void Done_card_sample_reads_into_typed_values()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardDone));

            Assert.Equal("5EnNZRJGvaBX7zk2yd8ydw26XvwXkLrx9POLqKQjmAw4b0e1", payment.PaymentKey);
            Assert.Equal("tosspayments", payment.MId);
            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Equal(PaymentMethod.CARD, payment.Method);
            Assert.Equal("카드", payment.RawMethod);
            Assert.Equal(PaymentType.NORMAL, payment.Type);
            Assert.Equal(1000m, payment.TotalAmount);
            Assert.Equal(909m, payment.SuppliedAmount);
            Assert.Equal(new System.DateTimeOffset(2024, 2, 13, 12, 18, 14, System.TimeSpan.FromHours(9)), payment.ApprovedAt);
            Assert.Equal(CardType.CREDIT, payment.Card!.CardType);
            Assert.Equal(CardOwnerType.PERSONAL, payment.Card.OwnerType);
            Assert.Equal(CardAcquireStatus.READY, payment.Card.AcquireStatus);
            Assert.Equal("토스페이", payment.EasyPay!.Provider);
            Assert.Null(payment.Cancels);
        }

        [Fact]
        public void An_unconfirmed_card_type_and_owner_read_as_the_APIs_own_UNKNOWN()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardDoneNotPartialCancelable));

            Assert.Equal(CardType.UNKNOWN, payment.Card!.CardType);
            Assert.Equal(CardOwnerType.UNKNOWN, payment.Card.OwnerType);
        }

        [Fact]
        public void Canceled_sample_reads_its_cancellation()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardCanceled));

            var cancel = Assert.Single(payment.Cancels!);
            Assert.Equal(1000m, cancel.CancelAmount);
            Assert.Equal(CancelStatus.DONE, cancel.CancelStatus);
            Assert.Equal("090A796806E726BBB929F4A2CA7DB9A7", cancel.TransactionKey);
        }

        [Fact]
        public void Unknown_fields_are_kept_and_written_back()
        {
            var json = Samples.Read(Samples.CardDone).TrimEnd().TrimEnd('}') + ", \"brandNewField\": {\"nested\": [1, 2]}, \"card2\": \"x\" }";

            var payment = TossJson.DeserializePayment(json);

            Assert.Equal(JsonValueKind.Object, payment.ExtensionData!["brandNewField"].ValueKind);
            JsonAssert.Equivalent(json, TossJson.Serialize(payment));
        }

        [Fact]
        public void Unknown_status_and_method_map_to_Unknown_with_the_raw_string_kept()
        {
            var json = Samples.Read(Samples.CardDone).Replace("\"DONE\"", "\"SOMETHING_NEW\"").Replace("\"카드\"", "\"신규결제수단\"");

            var payment = TossJson.DeserializePayment(json);

            Assert.Equal(PaymentStatus.UNKNOWN, payment.Status);
            Assert.Equal("SOMETHING_NEW", payment.RawStatus);
            Assert.Equal(PaymentMethod.UNKNOWN, payment.Method);
            Assert.Equal("신규결제수단", payment.RawMethod);
            Assert.Contains("\"SOMETHING_NEW\"", TossJson.Serialize(payment));
        }

        [Theory]
        [InlineData("카드", PaymentMethod.CARD)]
        [InlineData("CARD", PaymentMethod.CARD)]
        [InlineData("가상계좌", PaymentMethod.VIRTUAL_ACCOUNT)]
        [InlineData("VIRTUAL_ACCOUNT", PaymentMethod.VIRTUAL_ACCOUNT)]
        [InlineData("간편결제", PaymentMethod.EASY_PAY)]
        [InlineData("EASY_PAY", PaymentMethod.EASY_PAY)]
        [InlineData("휴대폰", PaymentMethod.MOBILE_PHONE)]
        [InlineData("계좌이체", PaymentMethod.TRANSFER)]
        [InlineData("문화상품권", PaymentMethod.CULTURE_GIFT_CERTIFICATE)]
        [InlineData("도서문화상품권", PaymentMethod.BOOK_GIFT_CERTIFICATE)]
        [InlineData("게임문화상품권", PaymentMethod.GAME_GIFT_CERTIFICATE)]
        public void Korean_and_English_method_names_both_map(string raw, PaymentMethod expected)
        {
            Assert.Equal(expected, ApiEnum.Parse<PaymentMethod>(raw));
        }

        [Fact]
        public void Missing_method_and_null_fields_stay_null()
        {
            var payment = TossJson.DeserializePayment("""{"paymentKey":"k","orderId":"order-1","status":"READY","totalAmount":5000,"balanceAmount":5000,"approvedAt":null,"useEscrow":null}""");

            Assert.Null(payment.Method);
            Assert.Null(payment.ApprovedAt);
            Assert.Null(payment.UseEscrow);
            Assert.Null(payment.Metadata);
            Assert.Null(payment.Cancels);
        }

        [Fact]
        public void Amounts_with_decimals_are_kept_exactly()
        {
            var payment = TossJson.DeserializePayment("""{"paymentKey":"k","orderId":"order-1","currency":"USD","totalAmount":12.34,"balanceAmount":0.1}""");

            Assert.Equal(12.34m, payment.TotalAmount);
            Assert.Equal(0.1m, payment.BalanceAmount);
        }

        [Fact]
        public void Serialized_payment_keeps_Korean_as_raw_text()
        {
            var written = TossJson.Serialize(TossJson.DeserializePayment(Samples.Read(Samples.CardDone)));

            Assert.Contains("\"method\":\"카드\"", written);
        }

        [Fact]
        public void Metadata_is_read_as_string_pairs()
        {
            var payment = TossJson.DeserializePayment("""{"paymentKey":"k","orderId":"order-1","metadata":{"channel":"app","memberId":"42"}}""");

            Assert.Equal("app", payment.Metadata!["channel"]);
            Assert.Equal(2, payment.Metadata.Count);
        }

        [Fact]
        public void Virtual_account_fields_are_read()
        {
            var payment = TossJson.DeserializePayment("""
                {"paymentKey":"k","orderId":"order-1","method":"가상계좌","status":"WAITING_FOR_DEPOSIT","secret":"ps_abc",
                 "virtualAccount":{"accountType":"일반","accountNumber":"X6516051337","bankCode":"20","customerName":"김토스","depositorName":null,
                   "dueDate":"2024-02-20T12:00:00+09:00","refundStatus":"NONE","expired":false,"settlementStatus":"INCOMPLETED",
                   "refundReceiveAccount":{"bankCode":"88","accountNumber":"1234","holderName":"김토스"}}}
                """);

            Assert.Equal(PaymentMethod.VIRTUAL_ACCOUNT, payment.Method);
            Assert.Equal(RefundStatus.NONE, payment.VirtualAccount!.RefundStatus);
            Assert.Equal("88", payment.VirtualAccount.RefundReceiveAccount!.BankCode);
            Assert.Equal("ps_abc", payment.Secret);
            Assert.Null(payment.VirtualAccount.ExtensionData);
        }

        [Fact]
        public void Cash_receipts_are_read_with_their_failure()
        {
            var payment = TossJson.DeserializePayment("""
                {"paymentKey":"k","orderId":"order-1","cashReceipts":[{"receiptKey":"r1","orderId":"order-1","orderName":"o","type":"소득공제",
                  "issueNumber":"1","receiptUrl":"u","businessNumber":"b","transactionType":"CONFIRM","amount":1000,"taxFreeAmount":0,
                  "issueStatus":"FAILED","failure":{"code":"C","message":"m"},"customerIdentityNumber":"010****","requestedAt":"2024-02-13T12:17:57+09:00"}]}
                """);

            var receipt = payment.CashReceipts!.Single();
            Assert.Equal("FAILED", receipt.IssueStatus);
            Assert.Equal("C", receipt.Failure!.Code);
            Assert.Null(receipt.ExtensionData);
        }

        [Theory]
        [InlineData("2026-11-30T23:59:59", "2026-11-30T23:59:59.0000000+09:00")]
        [InlineData("2026-11-30T23:59:59.5", "2026-11-30T23:59:59.5000000+09:00")]
        [InlineData("2026-11-30T23:59:59.123456", "2026-11-30T23:59:59.1234560+09:00")]
        [InlineData("2026-11-30T23:59:59+09:00", "2026-11-30T23:59:59.0000000+09:00")]
        [InlineData("2026-11-30T14:59:59Z", "2026-11-30T14:59:59.0000000+00:00")]
        [InlineData("2026-11-30T23:59:59.999+0900", "2026-11-30T23:59:59.9990000+09:00")]
        public void A_time_without_an_offset_is_Korea_time_whatever_the_machines_zone(string sent, string expected)
        {
            var payment = TossJson.DeserializePayment("{\"paymentKey\":\"k\",\"orderId\":\"ORDER-1\",\"virtualAccount\":{\"dueDate\":\"" + sent + "\"}}");

            Assert.Equal(System.DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), payment.VirtualAccount!.DueDate);
            Assert.Equal(System.DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset, payment.VirtualAccount.DueDate!.Value.Offset);
        }

        [Fact]
        public void Nulls_the_API_sends_for_unfinished_payments_parse_and_are_written_back_as_null()
        {
            const string json = """
                {"paymentKey":"k","orderId":"ORDER-1","status":"ABORTED","isPartialCancelable":null,"easyPayAmount":null,
                 "card":{"installmentPlanMonths":null},"virtualAccount":{"expired":null},
                 "cancels":[{"cancelAmount":1000,"taxFreeAmount":null,"cardDiscountAmount":null}]}
                """;

            var payment = TossJson.DeserializePayment(json);

            Assert.Null(payment.IsPartialCancelable);
            Assert.Null(payment.Card!.InstallmentPlanMonths);
            Assert.Null(payment.VirtualAccount!.Expired);
            Assert.Null(payment.Cancels![0].TaxFreeAmount);
            Assert.Contains("\"isPartialCancelable\":null", TossJson.Serialize(payment));
        }

        [Fact]
        public void Documented_easy_pay_and_card_discount_fields_are_typed()
        {
            var payment = TossJson.DeserializePayment("""
                {"paymentKey":"k","orderId":"ORDER-1","easyPayAmount":3000,"easyPayDiscountAmount":500,"cancels":[{"cancelAmount":1000,"cardDiscountAmount":100}]}
                """);

            Assert.Equal(3000m, payment.EasyPayAmount);
            Assert.Equal(500m, payment.EasyPayDiscountAmount);
            Assert.Equal(100m, payment.Cancels![0].CardDiscountAmount);
            Assert.Null(payment.ExtensionData);
            Assert.Null(payment.Cancels[0].ExtensionData);
        }
    }
}
