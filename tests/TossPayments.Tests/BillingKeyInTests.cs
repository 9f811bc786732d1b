using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.Tests
{
    /// <summary>
    /// Issuing a billing key by card number ("key-in", API notes §10) against the sandbox over HTTP:
    /// a known BIN and a card valid on the sandbox clock give a key bound to the customer, answered
    /// with the number masked; each refusal is the API's code; the card's number, password and the
    /// customer's birth date are repeated nowhere.
    /// </summary>
    public sealed class BillingKeyInTests : SandboxTest
    {
        private const string Customer = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
        private const string CardNumber = "4330123456781234";
        private const string BirthDate = "880921";

        private string FutureYear => (Sandbox.Clock.KoreaNow.Year % 100 + 3).ToString("00");

        // The body of a good key-in, with some fields changed (a null value leaves the field out).
        private string KeyInJson(params (string Name, string? Value)[] changes)
        {
            var body = new JsonObject
            {
                ["customerKey"] = Customer, ["cardNumber"] = CardNumber, ["cardExpirationYear"] = FutureYear, ["cardExpirationMonth"] = "12",
                ["customerIdentityNumber"] = BirthDate,
            };
            foreach (var (name, value) in changes)
            {
                if (value is null)
                {
                    body.Remove(name);
                }
                else
                {
                    body[name] = value;
                }
            }

            return body.ToJsonString();
        }

        private Task<(int Status, string Body)> PostKeyInAsync(string json, params (string Name, string Value)[] headers) =>
            SendRawAsync(HttpMethod.Post, "v1/billing/authorizations/card", Basic(TestKey + ":"), json, headers);

        [Theory]
        [InlineData("4330123456781234", "43301234****123*", "71", "롯데", "신용", "개인")]
        [InlineData("5361810000001111", "53618100****111*", "41", "신한", "체크", "개인")]
        [InlineData("943123456789012", "94312345****01*", "11", "국민", "신용", "법인")]
        public async Task Sandbox_issues_a_key_for_a_known_BIN_and_masks_the_number_as_the_API_does(
            string number, string masked, string issuer, string company, string cardType, string ownerType)
        {
            var (status, body) = await PostKeyInAsync(KeyInJson(("cardNumber", number)));

            Assert.Equal(200, status);
            var billing = JsonNode.Parse(body)!;
            Assert.Equal(Customer, (string?)billing["customerKey"]);
            Assert.Equal(44, ((string)billing["billingKey"]!).Length);
            Assert.Equal((masked, issuer, issuer, cardType, ownerType), ((string?)billing["card"]!["number"], (string?)billing["card"]!["issuerCode"],
                (string?)billing["card"]!["acquirerCode"], (string?)billing["card"]!["cardType"], (string?)billing["card"]!["ownerType"]));
            Assert.Equal((company, masked), ((string?)billing["cardCompany"], (string?)billing["cardNumber"]));
            Assert.DoesNotContain(number, body);
            Assert.Equal(Customer, Sandbox.Billing.Find((string)billing["billingKey"]!)?.CustomerKey);
        }

        [Fact]
        public async Task Sandbox_takes_a_business_number_a_leap_day_and_a_password_and_ignores_vbv()
        {
            var json = JsonNode.Parse(KeyInJson(("customerIdentityNumber", "000229"), ("cardPassword", "12"), ("customerEmail", "kim@example.co.kr"), ("customerName", "김토스")))!;
            json["vbv"] = new JsonObject { ["cavv"] = "AAABBBCCC", ["xid"] = "xid", ["eci"] = "05" };

            Assert.Equal(200, (await PostKeyInAsync(json.ToJsonString())).Status);
            Assert.Equal(200, (await PostKeyInAsync(KeyInJson(("customerIdentityNumber", "1234567890")))).Status);
        }

        [Theory]
        [InlineData("cardNumber", "9999991234567890", "INVALID_CARD_NUMBER")]
        [InlineData("cardNumber", "43301234567812", "INVALID_CARD_NUMBER")]
        [InlineData("cardNumber", "43301234567812345", "INVALID_CARD_NUMBER")]
        [InlineData("cardNumber", "4330-1234-5678-1234", "INVALID_CARD_NUMBER")]
        [InlineData("cardExpirationMonth", "13", "INVALID_CARD_EXPIRATION")]
        [InlineData("cardExpirationMonth", "1", "INVALID_CARD_EXPIRATION")]
        [InlineData("cardExpirationYear", "2099", "INVALID_CARD_EXPIRATION")]
        [InlineData("cardPassword", "1", "INVALID_CARD_PASSWORD")]
        [InlineData("cardPassword", "123", "INVALID_CARD_PASSWORD")]
        [InlineData("customerIdentityNumber", "881332", "INVALID_BIRTH_DAY_FORMAT")]
        [InlineData("customerIdentityNumber", "010229", "INVALID_BIRTH_DAY_FORMAT")]
        [InlineData("customerIdentityNumber", "8809211", "INVALID_BIRTH_DAY_FORMAT")]
        [InlineData("customerIdentityNumber", "88-09-21", "INVALID_BIRTH_DAY_FORMAT")]
        [InlineData("customerEmail", "kim@example", "INVALID_EMAIL")]
        [InlineData("customerEmail", "kim example.com", "INVALID_EMAIL")]
        [InlineData("customerKey", "a", "INVALID_CUSTOMER_KEY")]
        [InlineData("customerName", "", "INVALID_REQUEST")]
        [InlineData("cardNumber", null, "INVALID_REQUEST")]
        [InlineData("customerIdentityNumber", null, "INVALID_REQUEST")]
        public async Task Sandbox_refuses_a_bad_value_with_the_APIs_code_and_repeats_no_card_data(string field, string? value, string code)
        {
            var (status, body) = await PostKeyInAsync(KeyInJson((field, value)));

            Assert.Equal((400, code), (status, JsonAssert.Field(body, "code")));
            Assert.DoesNotContain(CardNumber, body);
            Assert.DoesNotContain(BirthDate, body);
        }

        [Fact]
        public async Task Sandbox_takes_a_card_through_its_last_month_on_the_sandbox_clock()
        {
            var now = Sandbox.Clock.KoreaNow;
            var thisMonth = KeyInJson(("cardExpirationYear", (now.Year % 100).ToString("00")), ("cardExpirationMonth", now.Month.ToString("00")));

            Assert.Equal(200, (await PostKeyInAsync(thisMonth)).Status);
            Sandbox.Clock.Set(new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, now.Offset).AddMonths(1));
            var (status, body) = await PostKeyInAsync(thisMonth);

            Assert.Equal((400, "INVALID_CARD_EXPIRATION"), (status, JsonAssert.Field(body, "code")));
        }

        [Fact]
        public async Task Sandbox_replays_the_first_key_for_a_repeated_idempotency_key()
        {
            var first = await PostKeyInAsync(KeyInJson(), ("Idempotency-Key", "keyin-1"));
            var again = await PostKeyInAsync(KeyInJson(), ("Idempotency-Key", "keyin-1"));
            var other = await PostKeyInAsync(KeyInJson(), ("Idempotency-Key", "keyin-2"));

            Assert.Equal(JsonAssert.Field(first.Body, "billingKey"), JsonAssert.Field(again.Body, "billingKey"));
            Assert.NotEqual(JsonAssert.Field(first.Body, "billingKey"), JsonAssert.Field(other.Body, "billingKey"));
        }

        [Theory]
        [InlineData("NOT_SUPPORTED_METHOD", 400)]
        [InlineData("INVALID_CARD_IDENTITY", 400)]
        [InlineData("INVALID_STOPPED_CARD", 400)]
        [InlineData("INVALID_REJECT_CARD", 400)]
        [InlineData("NOT_SUPPORTED_CARD_TYPE", 400)]
        [InlineData("NOT_REGISTERED_CARD_COMPANY", 400)]
        [InlineData("EXCEED_MAX_AUTH_COUNT", 403)]
        [InlineData("REJECT_CARD_COMPANY", 403)]
        public async Task Sandbox_answers_what_it_cannot_decide_itself_through_the_test_code(string code, int status)
        {
            var answer = await PostKeyInAsync(KeyInJson(), ("TossPayments-Test-Code", code));

            Assert.Equal((status, code), (answer.Status, JsonAssert.Field(answer.Body, "code")));
        }

        [Fact]
        public async Task A_key_issued_by_card_number_charges()
        {
            var (_, body) = await PostKeyInAsync(KeyInJson());

            var payment = await Client.Billing.ChargeAsync(JsonAssert.Field(body, "billingKey")!, new BillingChargeRequest(Customer, 9900m, "KEYIN-2026-11-0001", "11월 구독료"));

            Assert.Equal((PaymentStatus.DONE, PaymentType.BILLING, 9900m), (payment.Status, payment.Type, payment.TotalAmount));
            Assert.Equal(2, Sandbox.Requests.Entries.Count(e => e.Status == 200));
        }
    }
}
