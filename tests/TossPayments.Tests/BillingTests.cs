using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Reports;
using TossPayments.Sandbox.Domain;
using TossPayments.Tests.Infrastructure;
using TossPayments.Webhooks;

namespace TossPayments.Tests
{
    /// <summary>
    /// Billing (API notes §10) against the sandbox over HTTP: a one-time auth key becomes a billing
    /// key bound to its customer; each charge is a BILLING payment, once per idempotency key and
    /// order id; the key is never shown whole.
    /// </summary>
    public sealed class BillingTests : SandboxTest
    {
        private const string Customer = "c2f0e6a4-9b1d-4c5e-8f3a-7d2b1e0c9a88";

        private async Task<string> AuthKeyAsync(string customerKey = Customer)
        {
            var (status, body) = await SendRawAsync(HttpMethod.Post, "sandbox/billing/auth-keys", null, $$"""{"customerKey":"{{customerKey}}"}""");
            Assert.Equal(200, status);
            return JsonAssert.Field(body, "authKey")!;
        }

        private async Task<Billing> IssuedAsync(string customerKey = Customer) =>
            await Client.Billing.IssueKeyAsync(new IssueBillingKeyRequest(await AuthKeyAsync(customerKey), customerKey));

        private static BillingChargeRequest Charge(string orderId = "SUB-2026-11-0001", decimal amount = 9900m) => new(Customer, amount, orderId, "11월 구독료");

        [Fact]
        public async Task An_auth_key_becomes_a_billing_key_bound_to_its_customer()
        {
            var billing = await IssuedAsync();

            Assert.Equal(Customer, billing.CustomerKey);
            Assert.Equal(44, billing.BillingKey.Length);
            Assert.EndsWith("=", billing.BillingKey);
            Assert.Equal("43301234****123*", billing.Card!.Number);
            Assert.Null(billing.ExtensionData);
        }

        [Fact]
        public async Task An_auth_key_is_used_once_and_only_for_its_customer()
        {
            var authKey = await AuthKeyAsync();
            var other = await AuthKeyAsync();
            await Client.Billing.IssueKeyAsync(new IssueBillingKeyRequest(authKey, Customer));

            var again = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.IssueKeyAsync(new IssueBillingKeyRequest(authKey, Customer)));
            var stranger = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.IssueKeyAsync(new IssueBillingKeyRequest(other, "another-customer-key")));

            Assert.Equal("INVALID_BILLING_AUTH", again.Code);
            Assert.Equal("INVALID_BILLING_AUTH", stranger.Code);
        }

        [Fact]
        public async Task A_charge_is_a_DONE_payment_of_type_BILLING_through_a_key_ending_in_equals()
        {
            var billing = await IssuedAsync();

            var payment = await Client.Billing.ChargeAsync(billing.BillingKey, Charge());

            Assert.Equal(PaymentStatus.DONE, payment.Status);
            Assert.Equal(PaymentType.BILLING, payment.Type);
            Assert.Equal(PaymentMethod.CARD, payment.Method);
            Assert.Equal(9900m, payment.TotalAmount);
            Assert.Single(Sandbox.Store.Ledger.Entries, e => e.Kind == ChangeKind.Charge);
        }

        [Fact]
        public async Task A_charge_is_listed_among_the_days_transactions()
        {
            var payment = await Client.Billing.ChargeAsync((await IssuedAsync()).BillingKey, Charge());
            var day = Sandbox.Clock.KoreaNow.Date;

            var transactions = await Client.Transactions.ListPageAsync(new TransactionQuery(day, day.AddDays(1).AddSeconds(-1)) { Limit = 5000 });

            var charged = Assert.Single(transactions, t => t.PaymentKey == payment.PaymentKey);
            Assert.Equal((PaymentStatus.DONE, 9900m, payment.LastTransactionKey), (charged.Status, charged.Amount, charged.TransactionKey));
        }

        [Fact]
        public async Task A_charge_is_settled_as_a_card_sale_of_its_day()
        {
            var payment = await Client.Billing.ChargeAsync((await IssuedAsync()).BillingKey, Charge());
            var day = Sandbox.Clock.KoreaNow.Date;

            var settlements = await Client.Settlements.ListPageAsync(new SettlementQuery(day, day) { Size = 5000 });

            var settled = Assert.Single(settlements, s => s.PaymentKey == payment.PaymentKey);
            Assert.Equal((PaymentMethod.CARD, 9900m, day), (settled.Method, settled.Amount, settled.SoldDate));
        }

        [Fact]
        public async Task A_charge_naming_another_customer_is_NOT_MATCHES_CUSTOMER_KEY_and_charges_nothing()
        {
            var billing = await IssuedAsync();

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                Client.Billing.ChargeAsync(billing.BillingKey, new BillingChargeRequest("someone-else-entirely", 9900m, "SUB-2026-11-0002", "11월 구독료")));

            Assert.Equal("NOT_MATCHES_CUSTOMER_KEY", error.Code);
            Assert.Null(Sandbox.Store.FindByOrderId("SUB-2026-11-0002"));
        }

        [Fact]
        public async Task A_repeated_idempotency_key_charges_once_and_answers_alike()
        {
            var billing = await IssuedAsync();
            var options = new TossRequestOptions { IdempotencyKey = $"{Customer}:2026-11" };

            var first = await Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0003"), options);
            var again = await Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0003"), options);

            Assert.Equal(first.PaymentKey, again.PaymentKey);
            Assert.Single(Sandbox.Store.Ledger.Entries, e => e.Kind == ChangeKind.Charge);
        }

        [Fact]
        public async Task An_order_id_charged_before_is_DUPLICATED_ORDER_ID()
        {
            var billing = await IssuedAsync();
            await Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0004"));

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0004")));

            Assert.Equal("DUPLICATED_ORDER_ID", error.Code);
            Assert.Single(Sandbox.Store.Ledger.Entries, e => e.Kind == ChangeKind.Charge);
        }

        [Fact]
        public async Task A_card_refusal_asked_for_by_test_code_is_the_APIs_error()
        {
            var billing = await IssuedAsync();

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0005"), new TossRequestOptions { TestCode = "REJECT_CARD_PAYMENT" }));

            Assert.Equal("REJECT_CARD_PAYMENT", error.Code);
            Assert.Null(Sandbox.Store.FindByOrderId("SUB-2026-11-0005"));
        }

        [Theory]
        [InlineData("customer key!", 9900, 0, "key")]
        [InlineData(Customer, 99.5, 0, "key")]
        [InlineData(Customer, 9900, 3, "key")]
        [InlineData(Customer, 9900, 0, "a key with spaces")]
        [InlineData(Customer, 9900, 0, "")]
        public async Task A_value_the_API_would_refuse_is_refused_before_anything_is_sent(string customerKey, double amount, int installments, string billingKey)
        {
            var request = new BillingChargeRequest(customerKey, (decimal)amount, "SUB-2026-11-0006", "구독료") { CardInstallmentPlan = installments };

            await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Billing.ChargeAsync(billingKey, request));

            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task The_billing_key_is_never_shown_whole_in_errors_logs_or_text()
        {
            var billing = await IssuedAsync();
            var lines = new List<string>();
            var logged = new TossRequestOptions { Log = lines.Add };

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() =>
                Client.Billing.ChargeAsync(billing.BillingKey, new BillingChargeRequest("someone-else-entirely", 9900m, "SUB-2026-11-0007", "구독료"), logged));
            var removal = await Client.Billing.DeleteKeyAsync(billing.BillingKey, logged);
            var again = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.DeleteKeyAsync(billing.BillingKey, logged));

            Assert.Equal(3, lines.Count);
            Assert.All(lines.Concat([error.Message, error.ToString(), billing.ToString(), removal.ToString(), again.Message, again.ToString(), again.RequestPath]),
                text => Assert.DoesNotContain(billing.BillingKey, text));
            Assert.Contains(billing.BillingKey[..4] + "****", error.Message);
            Assert.Contains(billing.BillingKey[..4] + "****", again.Message);
        }

        // DELETE /v1/billing/{billingKey} as sent on the wire: the key escaped ('=' and all).
        private Task<(int Status, string Body)> DeleteRawAsync(string billingKey) =>
            SendRawAsync(HttpMethod.Delete, "v1/billing/" + Uri.EscapeDataString(billingKey), Basic(TestKey + ":"));

        [Fact]
        public async Task The_sandbox_removes_a_key_with_an_empty_200_and_refuses_its_charges_and_a_second_removal()
        {
            var billing = await IssuedAsync();

            var removed = await DeleteRawAsync(billing.BillingKey);
            var again = await DeleteRawAsync(billing.BillingKey);
            var charge = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0009")));

            Assert.Equal((200, ""), removed);
            Assert.Equal(400, again.Status);
            Assert.Equal("ALREADY_REMOVED_BILLING_KEY", JsonAssert.Field(again.Body, "code"));
            Assert.Equal("ALREADY_REMOVED_BILLING_KEY", charge.Code);
            Assert.Null(Sandbox.Billing.Find(billing.BillingKey));
            Assert.Null(Sandbox.Store.FindByOrderId("SUB-2026-11-0009"));
        }

        [Fact]
        public async Task The_sandbox_answers_the_removal_of_a_key_never_issued_INVALID_BILL_KEY_REQUEST()
        {
            var (status, body) = await DeleteRawAsync("Z_t5bm90LWlzc3VlZC1ieS10aGUtc2FuZGJveA==");

            Assert.Equal(400, status);
            Assert.Equal("INVALID_BILL_KEY_REQUEST", JsonAssert.Field(body, "code"));
        }

        [Fact]
        public async Task The_sandbox_sends_BILLING_DELETED_with_the_key_and_the_APIs_reason_in_Korea_time_without_an_offset()
        {
            await using var receiver = await WebhookReceiver.StartAsync();
            Sandbox.Webhooks.Subscribe(receiver.Url);
            var billing = await IssuedAsync();

            await DeleteRawAsync(billing.BillingKey);
            await DeleteRawAsync(billing.BillingKey);
            var delivered = Assert.Single(await receiver.WaitForAsync(r => r.Event is BillingDeletedEvent));

            var deleted = (BillingDeletedEvent)delivered.Event;
            Assert.Equal((billing.BillingKey, "삭제 API 요청"), (deleted.BillingKey, deleted.Reason));
            Assert.Matches(@"""createdAt"":""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}""", delivered.Text);
            Assert.Equal(Sandbox.Billing.RemovedAt(billing.BillingKey)!.Value, deleted.CreatedAt!.Value, TimeSpan.FromMilliseconds(1));
            Assert.Single(receiver.All);
        }

        [Fact]
        public async Task A_removed_key_is_masked_in_the_removal_and_its_charges_are_refused()
        {
            var billing = await IssuedAsync();
            var before = DateTimeOffset.UtcNow;

            var removal = await Client.Billing.DeleteKeyAsync(billing.BillingKey);
            var charge = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0010")));

            Assert.Equal((billing.BillingKey[..4] + "****", false), (removal.MaskedBillingKey, removal.ConfirmedByRetry));
            Assert.InRange(removal.RemovedAt, before, DateTimeOffset.UtcNow);
            Assert.Equal(TimeSpan.FromHours(9), removal.RemovedAt.Offset);
            Assert.DoesNotContain(billing.BillingKey, removal.ToString());
            Assert.Equal(BillingOperations.AlreadyRemovedCode, charge.Code);
            var sent = Assert.Single(Sandbox.Requests.Entries, e => e.Method == "DELETE");
            Assert.Null(sent.IdempotencyKey);
            Assert.Null(Sandbox.Store.FindByOrderId("SUB-2026-11-0010"));
        }

        [Fact]
        public async Task A_key_removed_before_is_an_error_whose_outcome_is_known()
        {
            var billing = await IssuedAsync();
            await Client.Billing.DeleteKeyAsync(billing.BillingKey);

            var again = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.DeleteKeyAsync(billing.BillingKey));

            Assert.Equal((400, BillingOperations.AlreadyRemovedCode), (again.StatusCode, again.Code));
            Assert.True(again.IsOutcomeKnown);
            Assert.Null(again.IdempotencyKey);
        }

        [Fact]
        public async Task A_key_never_issued_is_INVALID_BILL_KEY_REQUEST()
        {
            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Billing.DeleteKeyAsync("Z_t5bm90LWlzc3VlZC1ieS10aGUtc2FuZGJveA=="));

            Assert.Equal("INVALID_BILL_KEY_REQUEST", error.Code);
        }

        [Theory]
        [InlineData("")]
        [InlineData("a key with spaces")]
        public async Task A_removal_of_a_key_the_API_would_refuse_sends_nothing(string billingKey)
        {
            await Assert.ThrowsAsync<TossPaymentsValidationException>(() => Client.Billing.DeleteKeyAsync(billingKey));

            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Fact]
        public async Task A_retry_after_a_lost_answer_that_finds_the_key_removed_is_the_removal_made_once_with_one_webhook()
        {
            await using var receiver = await WebhookReceiver.StartAsync();
            Sandbox.Webhooks.Subscribe(receiver.Url);
            var billing = await IssuedAsync();
            using var client = NewClient(configure: o => o.MaxRetries = 2);
            var lines = new List<string>();
            Sandbox.Faults.LostResponseRate = 1;

            // The first attempt removes the key and its answer is lost; the retry is answered.
            var removal = await client.Billing.DeleteKeyAsync(billing.BillingKey, new TossRequestOptions
            {
                Log = line =>
                {
                    lines.Add(line);
                    Sandbox.Faults.LostResponseRate = 0;
                },
            });
            var deleted = await receiver.WaitForAsync(r => r.Event is BillingDeletedEvent);

            Assert.True(removal.ConfirmedByRetry);
            Assert.Equal(2, Sandbox.Requests.Entries.Count(e => e.Method == "DELETE"));
            Assert.NotNull(Sandbox.Billing.RemovedAt(billing.BillingKey));
            Assert.Equal("삭제 API 요청", ((BillingDeletedEvent)Assert.Single(deleted).Event).Reason);
            Assert.Contains(lines, line => line.Contains("attempt 1: no answer", StringComparison.Ordinal) && line.EndsWith(" s.", StringComparison.Ordinal));
            Assert.Contains(lines, line => line.Contains("the unanswered attempt removed the key", StringComparison.Ordinal));
            Assert.All(lines, line => Assert.DoesNotContain(billing.BillingKey, line));
        }

        [Fact]
        public async Task A_removal_whose_every_answer_is_lost_is_unknown_and_says_to_send_it_again_as_it_is()
        {
            var billing = await IssuedAsync();
            using var client = NewClient(configure: o => o.MaxRetries = 1);
            Sandbox.Faults.LostResponseRate = 1;

            var error = await Assert.ThrowsAsync<TossPaymentsNetworkException>(() => client.Billing.DeleteKeyAsync(billing.BillingKey));
            Sandbox.Faults.LostResponseRate = 0;
            var finished = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => client.Billing.DeleteKeyAsync(billing.BillingKey));

            Assert.False(error.IsOutcomeKnown);
            Assert.Null(error.IdempotencyKey);
            Assert.Contains("Send the same request again to finish it", error.Message);
            Assert.DoesNotContain("Idempotency-Key '", error.Message);
            Assert.DoesNotContain(billing.BillingKey, error.Message);
            Assert.Contains(billing.BillingKey[..4] + "****", error.Message);
            Assert.Equal(BillingOperations.AlreadyRemovedCode, finished.Code);
        }

        [Fact]
        public async Task A_removal_whose_lost_answer_is_followed_by_a_server_error_is_unknown_without_a_key_to_name()
        {
            var billing = await IssuedAsync();
            using var client = NewClient(configure: o => o.MaxRetries = 1);
            Sandbox.Faults.LostResponseRate = 1;

            var error = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => client.Billing.DeleteKeyAsync(billing.BillingKey,
                new TossRequestOptions { Log = _ => (Sandbox.Faults.LostResponseRate, Sandbox.Faults.ServerErrorRate) = (0, 1) }));

            Assert.Equal(500, error.StatusCode);
            Assert.True(error.EarlierAttemptUnanswered);
            Assert.False(error.IsOutcomeKnown);
            Assert.Contains("Send the same request again to finish it", error.Message);
            Assert.DoesNotContain("Idempotency-Key '", error.Message);
        }

        [Fact]
        public async Task A_charge_sends_no_webhook_and_its_cancel_does()
        {
            await using var receiver = await WebhookReceiver.StartAsync();
            Sandbox.Webhooks.Subscribe(receiver.Url);
            var billing = await IssuedAsync();
            var charged = await Client.Billing.ChargeAsync(billing.BillingKey, Charge("SUB-2026-11-0008"));

            await Client.Payments.CancelAsync(charged.PaymentKey, new CancelPaymentRequest("해지"));
            var events = await receiver.WaitForAsync(r => r.Event is PaymentStatusChangedEvent e && e.Data.OrderId == "SUB-2026-11-0008");

            Assert.Equal(PaymentStatus.CANCELED, ((PaymentStatusChangedEvent)events.Single().Event).Data.Status);
            Assert.Single(receiver.All);
        }
    }
}
