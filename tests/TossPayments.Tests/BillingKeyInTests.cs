using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading;
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
        private const string CardNumber = "4330129876540011";
        private const string Password = "47";
        private const string BirthDate = "880921";

        private readonly ConcurrentQueue<string> _log = new();

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

        private IssueBillingKeyByCardRequest Request(string cardNumber = CardNumber, string? year = null, string month = "12", string identity = BirthDate) =>
            new(Customer, cardNumber, year ?? FutureYear, month, identity) { CardPassword = Password };

        private TossRequestOptions Logged(string? key = null, string? testCode = null) => new() { IdempotencyKey = key, TestCode = testCode, Log = _log.Enqueue };

        // What may show of the card and its owner: the number's last 4 digits, masked; no run of 4 of its
        // other digits, no password, no birth date.
        private static void HoldsNoCardData(string text)
        {
            var shown = text.Replace("************0011", "", StringComparison.Ordinal);
            Assert.All(Enumerable.Range(0, 9).Select(i => CardNumber.Substring(i, 4)), digits => Assert.DoesNotContain(digits, shown));
            Assert.DoesNotContain(BirthDate, text);
            Assert.DoesNotContain("password " + Password, text);
            Assert.DoesNotContain(Password + "*", text);
        }

        [Fact]
        public async Task A_key_issued_by_card_number_is_bound_to_its_customer_and_charges()
        {
            var billing = await Client.Billing.IssueKeyByCardAsync(Request());

            var payment = await Client.Billing.ChargeAsync(billing.BillingKey, new BillingChargeRequest(Customer, 9900m, "KEYIN-2026-11-0002", "11월 구독료"));

            Assert.Equal((Customer, "43301298****001*", "71", "71"), (billing.CustomerKey, billing.Card!.Number, billing.Card.IssuerCode, billing.Card.AcquirerCode));
            Assert.Equal((CardType.CREDIT, CardOwnerType.PERSONAL), (billing.Card.CardType, billing.Card.OwnerType));
            Assert.Null(billing.ExtensionData);
            Assert.Equal((PaymentStatus.DONE, PaymentType.BILLING), (payment.Status, payment.Type));
        }

        [Theory]
        [InlineData("4330 1298 7654 0011", "880921")]
        [InlineData("4330-1298-7654-0011", "88-09-21")]
        [InlineData("943123456789012", "123-45-67890")]
        public async Task Spaces_and_hyphens_between_digit_groups_are_sent_as_digits_only(string cardNumber, string identity)
        {
            var billing = await Client.Billing.IssueKeyByCardAsync(Request(cardNumber, identity: identity));

            Assert.Equal(Customer, billing.CustomerKey);
        }

        [Fact]
        public async Task The_body_has_the_APIs_fields_with_the_numbers_as_digits_only()
        {
            using var recorder = new BodyRecorder();
            using var client = NewClient(configure: o => o.Handler = recorder);
            var request = Request("4330 1298 7654 0011", identity: "88-09-21");
            request.CustomerName = "김토스";
            request.CustomerEmail = "kim@example.co.kr";

            await client.Billing.IssueKeyByCardAsync(request);

            var body = JsonNode.Parse(Assert.Single(recorder.Bodies))!.AsObject();
            Assert.Equal(["cardExpirationMonth", "cardExpirationYear", "cardNumber", "cardPassword", "customerEmail", "customerIdentityNumber", "customerKey", "customerName"],
                body.Select(field => field.Key).Order(StringComparer.Ordinal));
            Assert.Equal((CardNumber, BirthDate, Password), ((string?)body["cardNumber"], (string?)body["customerIdentityNumber"], (string?)body["cardPassword"]));
        }

        public static IEnumerable<object[]> BadRequests()
        {
            // Only the client's checks run, so any 2-digit year will do.
            object[] Case(string name, string errorId, string number = CardNumber, string year = "29", string month = "12", string identity = BirthDate,
                string? password = Password, string? customerName = null, string? email = null, string customer = Customer) =>
                [name, errorId, new IssueBillingKeyByCardRequest(customer, number, year, month, identity) { CardPassword = password, CustomerName = customerName, CustomerEmail = email }];

            yield return Case("card number with a letter", "InvalidCardNumber", number: "4330 1298 7654 001O");
            yield return Case("card number of 21 digits", "InvalidCardNumber", number: CardNumber + "00000");
            yield return Case("card number empty", "InvalidCardNumber", number: "");
            yield return Case("card number with two spaces", "InvalidCardNumber", number: "4330  1298 7654 0011");
            yield return Case("card number starting with a hyphen", "InvalidCardNumber", number: "-4330129876540011");
            yield return Case("card number with slashes", "InvalidCardNumber", number: "4330/1298/7654/0011");
            yield return Case("expiration year of 4 digits", "InvalidCardExpiration", year: "2029");
            yield return Case("expiration year of 1 digit", "InvalidCardExpiration", year: "9");
            yield return Case("expiration month 13", "InvalidCardExpiration", month: "13");
            yield return Case("expiration month 00", "InvalidCardExpiration", month: "00");
            yield return Case("expiration month of 1 digit", "InvalidCardExpiration", month: "1");
            yield return Case("identity of 7 digits", "InvalidIdentityNumber", identity: BirthDate + "1");
            yield return Case("identity with a letter", "InvalidIdentityNumber", identity: "88O921");
            yield return Case("identity empty", "InvalidIdentityNumber", identity: "");
            yield return Case("password of 3 digits", "InvalidCardPassword", password: Password + "5");
            yield return Case("password of 1 digit", "InvalidCardPassword", password: "4");
            yield return Case("password with a letter", "InvalidCardPassword", password: "4a");
            yield return Case("name over 100", "InvalidText", customerName: new string('김', 101));
            yield return Case("name empty", "InvalidText", customerName: "");
            yield return Case("e-mail over 100", "InvalidText", email: new string('k', 95) + "@a.com");
            yield return Case("customer key with a space", "InvalidCustomerKey", customer: Customer + " x");
        }

        [Theory]
        [MemberData(nameof(BadRequests))]
        public async Task A_value_the_API_would_refuse_is_refused_before_anything_is_sent_and_its_message_holds_no_card_data(
            string name, string errorId, IssueBillingKeyByCardRequest request)
        {
            var error = await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Billing.IssueKeyByCardAsync(request, Logged()));

            Assert.True(errorId == error.ErrorId, $"{name}: {error.ErrorId} {error.Message}");
            Assert.Equal(0, Sandbox.Requests.Count);
            HoldsNoCardData(error.Message);
            HoldsNoCardData(error.ToString());
            Assert.Empty(_log);
        }

        [Theory]
        [InlineData("9999999876540011", null, "12", BirthDate, "INVALID_CARD_NUMBER")]
        [InlineData("43301298765400", null, "12", BirthDate, "INVALID_CARD_NUMBER")]
        [InlineData(CardNumber, "00", "01", BirthDate, "INVALID_CARD_EXPIRATION")]
        [InlineData(CardNumber, null, "12", "881332", "INVALID_BIRTH_DAY_FORMAT")]
        public async Task What_only_the_API_can_judge_comes_back_as_its_code_with_no_card_data(string cardNumber, string? year, string month, string identity, string code)
        {
            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.IssueKeyByCardAsync(Request(cardNumber, year, month, identity), Logged()));

            Assert.Equal((400, code, TossErrorClass.Final), (error.StatusCode, error.Code, error.ErrorClass));
            Assert.Single(Sandbox.Requests.Entries);
            HoldsNoCardData(error.ToString());
            Assert.All(_log, HoldsNoCardData);
        }

        [Fact]
        public async Task A_malformed_e_mail_is_the_APIs_INVALID_EMAIL()
        {
            var request = Request();
            request.CustomerEmail = "kim@example";

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.IssueKeyByCardAsync(request));

            Assert.Equal("INVALID_EMAIL", error.Code);
        }

        [Theory]
        [InlineData("NOT_SUPPORTED_METHOD", 400)]
        [InlineData("INVALID_CARD_IDENTITY", 400)]
        [InlineData("INVALID_STOPPED_CARD", 400)]
        [InlineData("EXCEED_MAX_AUTH_COUNT", 403)]
        public async Task A_card_companys_refusal_comes_back_as_its_code_and_is_final(string code, int status)
        {
            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.IssueKeyByCardAsync(Request(), Logged(testCode: code)));

            Assert.Equal((status, code, TossErrorClass.Final), (error.StatusCode, error.Code, error.ErrorClass));
            HoldsNoCardData(error.ToString());
        }

        [Fact]
        public async Task A_repeated_idempotency_key_gives_the_same_billing_key()
        {
            var first = await Client.Billing.IssueKeyByCardAsync(Request(), new TossRequestOptions { IdempotencyKey = $"keyin-{Customer}" });
            var again = await Client.Billing.IssueKeyByCardAsync(Request(), new TossRequestOptions { IdempotencyKey = $"keyin-{Customer}" });
            var other = await Client.Billing.IssueKeyByCardAsync(Request());

            Assert.Equal(first.BillingKey, again.BillingKey);
            Assert.NotEqual(first.BillingKey, other.BillingKey);
            Assert.Equal(2, Sandbox.Requests.Entries.Count(e => e.IdempotencyKey == $"keyin-{Customer}"));
            Assert.All(Sandbox.Requests.Entries, e => Assert.NotNull(e.IdempotencyKey));
        }

        [Fact]
        public async Task A_lost_answer_is_an_unknown_outcome_finished_by_sending_again_with_its_key_and_no_card_data_is_shown()
        {
            Sandbox.Faults.LostResponseRate = 1;
            using var client = NewClient(configure: o => o.MaxRetries = 1);
            var lost = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.Billing.IssueKeyByCardAsync(Request(), Logged()));
            Sandbox.Faults.LostResponseRate = 0;

            var billing = await client.Billing.IssueKeyByCardAsync(Request(), Logged(lost.IdempotencyKey));
            var again = await client.Billing.IssueKeyByCardAsync(Request(), new TossRequestOptions { IdempotencyKey = lost.IdempotencyKey });

            Assert.False(lost.IsOutcomeKnown);
            Assert.Equal(billing.BillingKey, again.BillingKey);
            Assert.Equal(3, _log.Count);
            Assert.All(_log.Append(lost.ToString()), HoldsNoCardData);
        }

        [Fact]
        public void The_requests_text_shows_the_card_masked_and_never_its_password_or_owner()
        {
            var request = Request("4330 1298 7654 0011");

            Assert.Equal($"key-in of card ************0011 for customer {Customer}", request.ToString());
            Assert.Equal($"key-in of card **** for customer {Customer}", Request("4330 1298").ToString());
            HoldsNoCardData(request.ToString());
        }

        // Keeps each request's body on its way to the sandbox.
        private sealed class BodyRecorder() : DelegatingHandler(new HttpClientHandler())
        {
            public List<string> Bodies { get; } = [];

            protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                Bodies.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
                return await base.SendAsync(request, cancellationToken);
            }
        }
    }
}
