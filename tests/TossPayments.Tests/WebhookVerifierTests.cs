using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using TossPayments.Sandbox.Domain;
using TossPayments.Tests.Infrastructure;
using TossPayments.Webhooks;

namespace TossPayments.Tests
{
    /// <summary>
    /// Each event type verified as it can be (API notes §9), against the sandbox over HTTP: a deposit
    /// callback by its secret, a payment event by looking the payment up, a payout event by its
    /// signature within a window; a transmission id accepted once.
    /// </summary>
    public sealed class WebhookVerifierTests : SandboxTest
    {
        private const string PayoutKey = "payout-security-key";
        private static readonly DateTimeOffset Now = new(2024, 9, 5, 12, 19, 21, TimeSpan.FromHours(9));
        private int _transmissions;

        private WebhookVerifier Verifier(bool withClient = true, WebhookDeliveryLog? log = null) => new(new WebhookVerifierOptions
        {
            Client = withClient ? Client : null,
            PayoutSecurityKey = PayoutKey,
            Clock = new Sandbox.SandboxClock(TimeProvider.System, start: Now),
            Deliveries = log ?? new WebhookDeliveryLog(),
        });

        private SandboxPayment VirtualAccount => Seeded(p => p.Secret is not null);

        private WebhookDelivery NextDelivery(string? signature = null, DateTimeOffset? sentAt = null) =>
            new("whtrans_" + ++_transmissions, (sentAt ?? Now).ToString("yyyy-MM-dd'T'HH:mm:sszzz"), "0", signature);

        private TossWebhookEvent Deposit(string orderId, string secret, WebhookDelivery? delivery = null) =>
            TossWebhook.Parse($$"""{"createdAt":"2024-09-05T12:19:20.000000","secret":"{{secret}}","status":"DONE","transactionKey":"tx_1","orderId":"{{orderId}}"}""", delivery ?? NextDelivery());

        private TossWebhookEvent StatusChanged(string paymentKey, string orderId, string status = "DONE", string? secret = null)
        {
            var data = new System.Text.Json.Nodes.JsonObject { ["paymentKey"] = paymentKey, ["orderId"] = orderId, ["status"] = status, ["secret"] = secret };
            var body = new System.Text.Json.Nodes.JsonObject { ["eventType"] = "PAYMENT_STATUS_CHANGED", ["createdAt"] = "2024-09-05T12:19:20.000000", ["data"] = data };
            return TossWebhook.Parse(body.ToJsonString(), NextDelivery());
        }

        [Fact]
        public async Task A_deposit_callback_with_the_payments_secret_is_verified_and_the_payment_looked_up()
        {
            var account = VirtualAccount;

            var verification = await Verifier().VerifyAsync(Deposit(account.OrderId, account.Secret!));

            Assert.Equal(WebhookCheck.SecretAndLookedUp, verification.Check);
            Assert.Equal(account.PaymentKey, verification.Payment!.PaymentKey);
        }

        [Fact]
        public async Task A_deposit_callback_is_verified_by_a_stored_secret_without_a_client()
        {
            var verification = await Verifier(withClient: false).VerifyAsync(Deposit("order-1", "ps_stored"), paymentSecret: "ps_stored");

            Assert.Equal(WebhookCheck.Secret, verification.Check);
            Assert.Null(verification.Payment);
        }

        [Theory]
        [InlineData("ps_wrong")]
        [InlineData("")]
        public async Task A_deposit_callback_with_another_secret_is_forged(string secret)
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(Deposit(VirtualAccount.OrderId, secret)));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_deposit_callback_for_an_order_with_no_payment_is_forged()
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(Deposit("no-such-order-1", "ps_any")));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_deposit_callback_for_a_card_payment_is_forged()
        {
            var card = Seeded(p => p.Secret is null && p.Card is not null);

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(Deposit(card.OrderId, "ps_any")));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
            Assert.Contains("no secret", error.Message);
        }

        [Fact]
        public async Task A_deposit_callback_with_nothing_to_verify_it_by_cannot_be_verified()
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier(withClient: false).VerifyAsync(Deposit("order-1", "ps_any")));

            Assert.Equal(TossWebhookFailure.CannotVerify, error.Failure);
        }

        [Fact]
        public async Task A_payment_event_is_verified_by_looking_the_payment_up_and_the_looked_up_payment_is_the_truth()
        {
            var paid = Seeded(p => p.Status == SandboxStatus.DONE && p.Secret is null);

            var verification = await Verifier().VerifyAsync(StatusChanged(paid.PaymentKey, paid.OrderId, status: "CANCELED"));

            Assert.Equal(WebhookCheck.LookedUp, verification.Check);
            Assert.Equal(Models.PaymentStatus.DONE, verification.Payment!.Status);
            Assert.Contains("now DONE", verification.Detail);
        }

        [Fact]
        public async Task A_payment_event_about_a_payment_that_does_not_exist_is_forged()
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(StatusChanged("no_such_payment_key", "order-1")));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_payment_event_naming_another_order_is_forged()
        {
            var paid = Seeded(p => p.Status == SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(StatusChanged(paid.PaymentKey, "another-order-1")));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_virtual_account_payment_event_with_another_secret_is_forged()
        {
            var account = VirtualAccount;

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(StatusChanged(account.PaymentKey, account.OrderId, "WAITING_FOR_DEPOSIT", secret: "ps_forged")));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_payment_event_with_no_client_and_no_secret_cannot_be_verified()
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier(withClient: false).VerifyAsync(StatusChanged("pk_1", "order-1")));

            Assert.Equal(TossWebhookFailure.CannotVerify, error.Failure);
        }

        [Fact]
        public async Task A_payout_event_signed_with_the_key_is_verified_by_either_of_its_signatures()
        {
            var body = Payout();
            var time = Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz");
            var signature = "v1:" + Convert.ToBase64String(new byte[32]) + ",v1:" + Sign(body, time, PayoutKey);

            var verification = await Verifier().VerifyAsync(TossWebhook.Parse(body, NextDelivery(signature)));

            Assert.Equal(WebhookCheck.Signature, verification.Check);
        }

        [Fact]
        public async Task A_payout_event_signed_with_another_key_is_forged()
        {
            var body = Payout();

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(TossWebhook.Parse(body, NextDelivery("v1:" + Sign(body, Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), "another-key")))));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_payout_event_whose_body_was_written_again_is_forged()
        {
            var time = Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz");
            var signature = "v1:" + Sign(Payout(), time, PayoutKey);

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(TossWebhook.Parse(Payout().Replace(",", ", "), NextDelivery(signature))));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_payout_event_without_a_signature_is_forged()
        {
            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(TossWebhook.Parse(Payout(), NextDelivery())));

            Assert.Equal(TossWebhookFailure.Forged, error.Failure);
        }

        [Fact]
        public async Task A_payout_event_sent_long_ago_is_stale_even_when_its_signature_matches()
        {
            var sentAt = Now.AddMinutes(-6);
            var signature = "v1:" + Sign(Payout(), sentAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), PayoutKey);

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => Verifier().VerifyAsync(TossWebhook.Parse(Payout(), NextDelivery(signature, sentAt))));

            Assert.Equal(TossWebhookFailure.Stale, error.Failure);
        }

        [Fact]
        public async Task A_second_delivery_of_a_transmission_id_is_refused_as_replayed()
        {
            var account = VirtualAccount;
            var delivery = NextDelivery();
            var verifier = Verifier();
            await verifier.VerifyAsync(Deposit(account.OrderId, account.Secret!, delivery));

            var error = await Assert.ThrowsAsync<TossWebhookException>(() => verifier.VerifyAsync(Deposit(account.OrderId, account.Secret!, delivery)));

            Assert.Equal(TossWebhookFailure.Replayed, error.Failure);
        }

        [Fact]
        public async Task A_forged_delivery_does_not_use_up_its_transmission_id()
        {
            var account = VirtualAccount;
            var delivery = NextDelivery();
            var verifier = Verifier();
            await Assert.ThrowsAsync<TossWebhookException>(() => verifier.VerifyAsync(Deposit(account.OrderId, "ps_forged", delivery)));

            var verification = await verifier.VerifyAsync(Deposit(account.OrderId, account.Secret!, delivery));

            Assert.True(verification.IsVerified);
        }

        [Theory]
        [InlineData("""{"eventType":"CANCEL_STATUS_CHANGED","createdAt":"2024-09-05T12:19:20.000","data":{"cancelAmount":10,"cancelStatus":"DONE"}}""")]
        [InlineData("""{"eventType":"BILLING_DELETED","createdAt":"2024-09-05T12:19:20.000","data":{"billingKey":"bk_1","reason":null}}""")]
        [InlineData("""{"eventType":"METHOD_UPDATED","createdAt":"2024-09-05T12:19:20.000","data":{}}""")]
        public async Task An_event_with_nothing_to_verify_it_by_says_so_and_is_not_verified(string body)
        {
            var verification = await Verifier().VerifyAsync(TossWebhook.Parse(body, NextDelivery()));

            Assert.False(verification.IsVerified);
            Assert.Equal(WebhookCheck.None, verification.Check);
            Assert.NotEmpty(verification.Detail);
        }

        private static string Payout() =>
            """{"eventType":"payout.changed","createdAt":"2024-09-05T12:19:20+09:00","version":"2022-11-16","eventId":"ev_1","entityType":"payout","entityBody":{"id":"FPA_1","status":"COMPLETED"}}""";

        private static string Sign(string body, string time, string key) =>
            Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(body + ":" + time)));
    }
}
