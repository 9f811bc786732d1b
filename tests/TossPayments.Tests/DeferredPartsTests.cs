using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// A payment's nested parts (card, cancels…) are read when first asked for: a lookup's
    /// top-level fields never wait on them; a malformed part is reported when it is read, naming
    /// it; a change's answer is read whole before it counts as done.
    /// </summary>
    public sealed class DeferredPartsTests
    {
        private const string BrokenCard = """
            {"paymentKey":"pk_1","orderId":"order-1","status":"DONE","totalAmount":1000,"balanceAmount":1000,
             "card":{"amount":"a thousand"},"easyPay":{"provider":"토스페이"}}
            """;

        [Fact]
        public void A_malformed_part_leaves_the_rest_of_the_payment_readable()
        {
            var payment = TossJson.DeserializePayment(BrokenCard);

            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Equal(1000m, payment.BalanceAmount);
            Assert.Equal("토스페이", payment.EasyPay!.Provider);
        }

        [Fact]
        public void A_malformed_part_is_refused_when_read_naming_it()
        {
            var payment = TossJson.DeserializePayment(BrokenCard);

            var error = Assert.Throws<JsonException>(() => payment.Card);

            Assert.StartsWith("The answer's 'card' could not be read:", error.Message);
        }

        [Fact]
        public void A_part_is_read_once_and_every_reader_gets_the_same_value()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardCanceled));

            var seen = Enumerable.Range(0, 16).AsParallel().Select(_ => payment.Cancels).Distinct().ToList();

            Assert.Same(Assert.Single(seen), payment.Cancels);
        }

        [Fact]
        public void A_part_set_in_code_is_the_one_read_and_written()
        {
            var payment = TossJson.DeserializePayment(Samples.Read(Samples.CardDone));

            payment.Card = new Card { Number = "43301234****123*" };
            payment.EasyPay = null;

            Assert.Equal("43301234****123*", payment.Card.Number);
            var written = TossJson.Serialize(payment);
            Assert.Contains("\"number\":\"43301234****123*\"", written);
            Assert.Contains("\"easyPay\":null", written);
        }

        [Fact]
        public void A_malformed_part_is_refused_when_the_payment_is_written()
        {
            var payment = TossJson.DeserializePayment(BrokenCard);

            Assert.Throws<JsonException>(() => TossJson.Serialize(payment));
        }

        [Fact]
        public async Task A_lookup_answered_with_a_malformed_part_returns_the_payment()
        {
            await using var api = await LoopbackServer.AnsweringAsync(200, "application/json", BrokenCard);
            using var client = ClientOf(api);

            var payment = await client.Payments.GetAsync("pk_1");

            Assert.Equal(1000m, payment.BalanceAmount);
            Assert.Throws<JsonException>(() => payment.Card);
        }

        [Fact]
        public async Task A_cancel_answered_with_a_malformed_part_is_unreadable_and_its_outcome_unknown()
        {
            await using var api = await LoopbackServer.AnsweringAsync(200, "application/json", BrokenCard.Replace("\"balanceAmount\":1000", "\"balanceAmount\":0"));
            using var client = ClientOf(api);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => client.Payments.CancelAsync("pk_1", new Payments.CancelPaymentRequest("고객 변심")));

            Assert.Equal(TossClientCodes.UnreadableAnswer, error.Code);
            Assert.Contains("'card'", error.Message);
            Assert.False(error.IsOutcomeKnown);
            Assert.NotNull(error.IdempotencyKey);
        }

        private static TossPaymentsClient ClientOf(LoopbackServer api) =>
            new TossPaymentsClient(new TossPaymentsClientOptions(SandboxTest.TestKey) { BaseAddress = api.BaseAddress, MaxRetries = 0 });
    }
}
