using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Sandbox.Domain;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>The sandbox answers in the API's shape: the same field names as the public samples.</summary>
    public sealed class SandboxContractTests : SandboxTest
    {
        [Fact]
        public async Task Sandbox_payment_has_exactly_the_fields_of_the_done_card_sample()
        {
            var sample = JsonAssert.FieldPaths(Samples.Read(Samples.CardDone));

            var (_, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + SeededCard(SandboxStatus.DONE).PaymentKey, Basic(TestKey + ":"));

            var sandbox = JsonAssert.FieldPaths(body);
            var cardAndTop = sandbox.Where(p => !p.StartsWith("easyPay.")).ToHashSet();
            Assert.Equal(sample.Where(p => !p.StartsWith("easyPay.")).OrderBy(p => p), cardAndTop.OrderBy(p => p));
        }

        [Fact]
        public async Task Sandbox_cancellation_has_exactly_the_fields_of_the_canceled_sample()
        {
            var sample = JsonAssert.FieldPaths(Samples.Read(Samples.CardCanceled)).Where(p => p.StartsWith("cancels[]."));
            var key = SeededCard(SandboxStatus.DONE).PaymentKey;
            await Client.Payments.CancelAsync(key, new Payments.CancelPaymentRequest("x"));

            var (_, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + key, Basic(TestKey + ":"));

            Assert.Equal(sample.OrderBy(p => p), JsonAssert.FieldPaths(body).Where(p => p.StartsWith("cancels[].")).OrderBy(p => p));
        }

        [Fact]
        public async Task Sandbox_easy_pay_has_the_fields_of_the_sample()
        {
            var sample = JsonAssert.FieldPaths(Samples.Read(Samples.CardDone)).Where(p => p.StartsWith("easyPay."));

            var (_, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + Seeded(p => p.Method == "EASY_PAY" && p.Status == SandboxStatus.DONE).PaymentKey, Basic(TestKey + ":"));

            Assert.Equal(sample.OrderBy(p => p), JsonAssert.FieldPaths(body).Where(p => p.StartsWith("easyPay.")).OrderBy(p => p));
        }

        [Fact]
        public async Task Every_sandbox_field_has_a_client_model_property()
        {
            foreach (var seeded in Sandbox.Store.All)
            {
                var (_, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + seeded.PaymentKey, Basic(TestKey + ":"));
                var payment = TossJson.DeserializePayment(body);

                Assert.Null(payment.ExtensionData);
                Assert.Null(payment.VirtualAccount?.ExtensionData);
                Assert.Null(payment.Card?.ExtensionData);
                JsonAssert.Equivalent(body, TossJson.Serialize(payment));
            }
        }

        [Fact]
        public async Task Sandbox_writes_Korean_as_raw_UTF8()
        {
            var (_, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + SeededCard(SandboxStatus.DONE).PaymentKey, Basic(TestKey + ":"));

            Assert.Contains("\"method\":\"카드\"", body);
        }

        [Fact]
        public async Task Unknown_path_answers_not_found_http_method()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Post, "v1/payments/some-key", Basic(TestKey + ":"), "{}");

            Assert.Equal(404, status);
            Assert.Contains("NOT_FOUND_HTTP_METHOD", body);
        }

        [Fact]
        public async Task Malformed_JSON_body_is_400_invalid_request()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Post, $"v1/payments/{SeededCard(SandboxStatus.DONE).PaymentKey}/cancel", Basic(TestKey + ":"), "{not json");

            Assert.Equal(400, status);
            Assert.Contains("INVALID_REQUEST", body);
        }
    }

    public sealed class SandboxDataTests
    {
        [Fact]
        public void Same_seed_and_count_give_the_same_payments()
        {
            var first = PaymentSeeder.Create(42, 200);
            var second = PaymentSeeder.Create(42, 200);

            Assert.Equal(first.Select(p => (p.PaymentKey, p.OrderId, p.Status, p.TotalAmount)), second.Select(p => (p.PaymentKey, p.OrderId, p.Status, p.TotalAmount)));
        }

        [Fact]
        public void Different_seeds_give_different_payment_keys()
        {
            Assert.NotEqual(PaymentSeeder.Create(1, 20)[0].PaymentKey, PaymentSeeder.Create(2, 20)[0].PaymentKey);
        }

        [Fact]
        public void Smallest_data_set_covers_every_status_and_method()
        {
            var payments = PaymentSeeder.Create(1, PaymentSeeder.MinimumCount);

            Assert.Equal(
                new[] { "ABORTED", "CANCELED", "DONE", "EXPIRED", "IN_PROGRESS", "PARTIAL_CANCELED", "READY", "WAITING_FOR_DEPOSIT" },
                payments.Select(p => p.Status.ToString()).Distinct().Order());
            Assert.Equal(new[] { "CARD", "EASY_PAY", "TRANSFER", "VIRTUAL_ACCOUNT" }, payments.Select(p => p.Method).Distinct().Order());
            Assert.Contains(payments, p => p.Status == SandboxStatus.DONE && !p.IsPartialCancelable);
        }

        [Fact]
        public void Payment_keys_and_order_ids_are_unique_and_valid()
        {
            var payments = PaymentSeeder.Create(3, 5000);

            Assert.Equal(payments.Count, payments.Select(p => p.PaymentKey).Distinct().Count());
            Assert.Equal(payments.Count, payments.Select(p => p.OrderId).Distinct().Count());
            Assert.All(payments, p => Validation.RequestValidator.OrderId(p.OrderId));
            Assert.All(payments, p => Validation.RequestValidator.PaymentKey(p.PaymentKey));
        }

        [Fact]
        public void Orders_CSV_has_a_header_and_a_row_per_payment_with_quoted_names()
        {
            var payments = PaymentSeeder.Create(1, 30);
            using var writer = new StringWriter();

            OrdersCsv.Write(writer, payments);

            var lines = writer.ToString().TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
            Assert.Equal("paymentKey,orderId,orderName,method,status,amount,balanceAmount,currency,isPartialCancelable", lines[0]);
            Assert.Equal(31, lines.Count);
            Assert.StartsWith(payments[0].PaymentKey + "," + payments[0].OrderId + ",", lines[1]);
            Assert.Contains(lines, l => l.Contains("\"Gift card 50,000\""));
        }
    }
}
