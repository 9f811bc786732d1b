using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;
using TossPayments.Tests.Infrastructure;
using TossPayments.Webhooks;

namespace TossPayments.Tests
{
    /// <summary>
    /// The sandbox sends webhooks as the API does (API notes §9), over real HTTP to a receiver on
    /// loopback, after real confirm, cancel and deposit calls; the client reads and verifies them.
    /// </summary>
    public sealed class SandboxWebhookTests : SandboxTest
    {
        private const string PayoutKey = "sandbox-payout-key";

        protected override SandboxOptions SandboxOptions => new() { Seed = 7, Payments = 40, LogRequests = false, PayoutSecurityKey = PayoutKey };

        private async Task<WebhookReceiver> SubscribedAsync()
        {
            var receiver = await WebhookReceiver.StartAsync();
            Sandbox.Webhooks.Subscribe(receiver.Url);
            return receiver;
        }

        private WebhookVerifier Verifier() => new(new WebhookVerifierOptions { Client = Client, PayoutSecurityKey = PayoutKey, Clock = Sandbox.Clock });

        private async Task<Payment> CheckoutAsync(string orderId, string method = "CARD", bool authenticated = true)
        {
            var (status, body) = await SendRawAsync(HttpMethod.Post, "sandbox/payments", null,
                $$"""{"orderId":"{{orderId}}","amount":15000,"method":"{{method}}","authenticated":{{(authenticated ? "true" : "false")}}}""");
            Assert.Equal(200, status);
            return TossJson.DeserializePayment(body);
        }

        private static bool Is(WebhookReceiver.Received received, string eventType, string orderId) =>
            received.Event is var e && e.EventType == eventType
            && (e switch { PaymentStatusChangedEvent p => p.Data.OrderId, DepositCallbackEvent d => d.OrderId, _ => null }) == orderId;

        // The sandbox's own record of a delivery, once it has made this many attempts and scheduled the next.
        private async Task<Sandbox.Webhooks.WebhookDelivery> AttemptedAsync(string orderId, int attempts)
        {
            for (var waited = 0; waited < 1000; waited++)
            {
                var delivery = Sandbox.Webhooks.Deliveries.FirstOrDefault(d => d.EventType == TossWebhook.PaymentStatusChanged && System.Text.Encoding.UTF8.GetString(d.Body).Contains(orderId));
                if (delivery is { } found && found.Attempts.Count >= attempts && (found.DueAt is not null || found.State != "Pending"))
                {
                    return found;
                }

                await Task.Delay(10);
            }

            throw new TimeoutException($"The delivery for {orderId} did not reach {attempts} attempts.");
        }

        [Fact]
        public async Task A_confirm_sends_PAYMENT_STATUS_CHANGED_DONE_that_verifies_by_looking_the_payment_up()
        {
            await using var receiver = await SubscribedAsync();
            var checkout = await CheckoutAsync("WEBHOOK-CONFIRM-1");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));

            var delivery = (await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId))).Single();

            var changed = Assert.IsType<PaymentStatusChangedEvent>(delivery.Event);
            Assert.Equal(PaymentStatus.DONE, changed.Data.Status);
            Assert.Equal(0, changed.Delivery.RetriedCount);
            Assert.StartsWith("whtrans_", changed.Delivery.TransmissionId);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$", changed.Delivery.RawTransmissionTime);
            Assert.Matches(@"""createdAt"":""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}""", delivery.Text);
            var verification = await Verifier().VerifyAsync(changed);
            Assert.Equal(WebhookCheck.LookedUp, verification.Check);
            Assert.Equal(PaymentStatus.DONE, verification.Payment!.Status);
        }

        [Fact]
        public async Task A_confirm_the_card_company_declines_aborts_the_payment_and_sends_PAYMENT_STATUS_CHANGED_ABORTED()
        {
            await using var receiver = await SubscribedAsync();
            var (status, body) = await SendRawAsync(HttpMethod.Post, "sandbox/payments", null, """{"orderId":"WEBHOOK-DECLINE-1","amount":15000,"decline":"REJECT_CARD_PAYMENT"}""");
            var checkout = TossJson.DeserializePayment(body);

            var refusal = await Assert.ThrowsAnyAsync<TossPaymentsApiException>(() => Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m)));
            var aborted = (await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId))).Single();

            Assert.Equal(200, status);
            Assert.Equal("REJECT_CARD_PAYMENT", refusal.Code);
            var data = ((PaymentStatusChangedEvent)aborted.Event).Data;
            Assert.Equal(PaymentStatus.ABORTED, data.Status);
            Assert.Equal("REJECT_CARD_PAYMENT", data.Failure!.Code);
            Assert.Equal(PaymentStatus.ABORTED, (await Client.Payments.GetAsync(checkout.PaymentKey)).Status);
        }

        [Fact]
        public async Task Each_cancel_sends_the_payment_as_it_left_it_and_a_refused_one_sends_nothing()
        {
            await using var receiver = await SubscribedAsync();
            var card = SeededCard(SandboxStatus.DONE);
            await Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 100m });
            await Assert.ThrowsAnyAsync<TossPaymentsException>(() => Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("too much") { CancelAmount = card.TotalAmount * 10 }));
            await Task.Delay(TimeSpan.FromSeconds(1.1)); // one cancel a second per payment
            await Client.Payments.CancelAsync(card.PaymentKey, new CancelPaymentRequest("rest"));

            var deliveries = await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, card.OrderId), count: 2);

            // Canceled in parts, a payment stays PARTIAL_CANCELED at a zero balance, as the API's do.
            Assert.Equal([(PaymentStatus.PARTIAL_CANCELED, card.TotalAmount - 100m), (PaymentStatus.PARTIAL_CANCELED, 0m)],
                deliveries.Select(d => ((PaymentStatusChangedEvent)d.Event).Data).Select(p => (p.Status, p.BalanceAmount)));
            Assert.Equal(2, receiver.All.Count);
        }

        [Fact]
        public async Task A_virtual_account_sends_DEPOSIT_CALLBACK_on_issue_and_on_deposit_with_its_secret()
        {
            await using var receiver = await SubscribedAsync();
            var checkout = await CheckoutAsync("WEBHOOK-VA-1", method: "VIRTUAL_ACCOUNT");
            var issued = await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));
            var waiting = (await receiver.WaitForAsync(r => Is(r, TossWebhook.DepositCallback, checkout.OrderId))).Single();

            var (status, _) = await SendRawAsync(HttpMethod.Post, $"sandbox/virtual-accounts/{checkout.PaymentKey}/deposit", null);
            var afterDeposit = await receiver.WaitForAsync(r => Is(r, TossWebhook.DepositCallback, checkout.OrderId), count: 2);
            var paid = (await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId))).Single();

            Assert.Equal(200, status);
            Assert.Equal(PaymentStatus.WAITING_FOR_DEPOSIT, ((DepositCallbackEvent)waiting.Event).Status);
            Assert.DoesNotContain("eventType", waiting.Text);
            var deposited = (DepositCallbackEvent)afterDeposit[1].Event;
            Assert.Equal(PaymentStatus.DONE, deposited.Status);
            Assert.Equal(issued.Secret, deposited.Secret);
            Assert.Equal(PaymentStatus.DONE, ((PaymentStatusChangedEvent)paid.Event).Data.Status);
            var verification = await Verifier().VerifyAsync(deposited);
            Assert.Equal(WebhookCheck.SecretAndLookedUp, verification.Check);
        }

        [Fact]
        public async Task Canceling_a_virtual_account_waiting_for_its_deposit_sends_DEPOSIT_CALLBACK_CANCELED()
        {
            await using var receiver = await SubscribedAsync();
            var checkout = await CheckoutAsync("WEBHOOK-VA-CANCEL-1", method: "VIRTUAL_ACCOUNT");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));
            await Client.Payments.CancelAsync(checkout.PaymentKey, new CancelPaymentRequest("no longer wanted"));

            var callbacks = await receiver.WaitForAsync(r => Is(r, TossWebhook.DepositCallback, checkout.OrderId), count: 2);

            Assert.Equal([PaymentStatus.WAITING_FOR_DEPOSIT, PaymentStatus.CANCELED], callbacks.Select(c => ((DepositCallbackEvent)c.Event).Status));
        }

        [Fact]
        public async Task A_delivery_not_answered_200_is_sent_again_a_minute_later_with_the_same_id_and_a_retry_count()
        {
            await using var receiver = await SubscribedAsync();
            receiver.Answer = r => r.Header(WebhookDelivery.RetriedCountHeader) == "0" ? 500 : 200;
            var checkout = await CheckoutAsync("WEBHOOK-RETRY-1");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));
            await AttemptedAsync(checkout.OrderId, attempts: 1);

            Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
            var both = await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId), count: 2);

            Assert.Equal(["0", "1"], both.Select(r => r.Header(WebhookDelivery.RetriedCountHeader)));
            Assert.Single(both.Select(r => r.Header(WebhookDelivery.TransmissionIdHeader)).Distinct());
            Assert.Equal(both[0].Text, both[1].Text);
            var logged = Sandbox.Webhooks.Deliveries.Single(d => d.TransmissionId == both[0].Header(WebhookDelivery.TransmissionIdHeader));
            Assert.Equal("Delivered", logged.State);
            Assert.Equal([500, 200], logged.Attempts.Select(a => a.Status));
        }

        [Fact]
        public async Task A_delivery_never_answered_200_is_tried_eight_times_on_the_APIs_schedule_then_given_up()
        {
            await using var receiver = await SubscribedAsync();
            receiver.Answer = _ => 503;
            var checkout = await CheckoutAsync("WEBHOOK-FAIL-1");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));

            foreach (var (minutes, tries) in new[] { 1, 4, 16, 64, 256, 1024, 4096 }.Select((m, i) => (m, i + 1)))
            {
                var scheduled = await AttemptedAsync(checkout.OrderId, tries);
                Assert.Equal(Sandbox.Clock.GetUtcNow().AddMinutes(minutes), scheduled.DueAt!.Value, TimeSpan.FromSeconds(5));
                Sandbox.Clock.Advance(TimeSpan.FromMinutes(minutes));
            }

            await AttemptedAsync(checkout.OrderId, attempts: 8);
            Sandbox.Clock.Advance(TimeSpan.FromDays(30));
            await Task.Delay(200);
            var all = receiver.All.Where(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId)).ToArray();

            Assert.Equal(8, all.Length);
            Assert.Equal(Enumerable.Range(0, 8).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), all.Select(r => r.Header(WebhookDelivery.RetriedCountHeader)));
            Assert.Equal("Failed", Sandbox.Webhooks.Deliveries.Single(d => d.TransmissionId == all[0].Header(WebhookDelivery.TransmissionIdHeader)).State);
        }

        [Fact]
        public async Task A_payment_left_unconfirmed_sends_EXPIRED_when_its_time_is_up_read_or_not()
        {
            await using var receiver = await SubscribedAsync();
            var checkout = await CheckoutAsync("WEBHOOK-EXPIRE-1", authenticated: false);

            Sandbox.Clock.Advance(PaymentLifecycle.ReadyLifetime + TimeSpan.FromMinutes(1));

            var expired = (await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId))).Single();
            Assert.Equal(PaymentStatus.EXPIRED, ((PaymentStatusChangedEvent)expired.Event).Data.Status);
        }

        [Fact]
        public async Task A_payout_event_is_signed_with_the_payouts_security_key_and_verifies()
        {
            await using var receiver = await SubscribedAsync();

            var (status, _) = await SendRawAsync(HttpMethod.Post, "sandbox/payouts/FPA_1/COMPLETED", null);
            var delivery = (await receiver.WaitForAsync(r => r.Text.Contains("payout.changed"))).Single();

            Assert.Equal(202, status);
            Assert.StartsWith("v1:", delivery.Header(WebhookDelivery.SignatureHeader));
            var verification = await Verifier().VerifyAsync(delivery.Event);
            Assert.Equal(WebhookCheck.Signature, verification.Check);
        }

        [Fact]
        public async Task A_sandbox_started_with_a_subscriber_that_is_not_an_http_address_does_not_start()
        {
            var options = new SandboxOptions { LogRequests = false };
            options.WebhookUrls.Add(new Uri("ftp://127.0.0.1/toss"));

            var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxServer.StartAsync(options));

            Assert.Contains("ftp://127.0.0.1/toss", error.Message);
        }

        [Fact]
        public async Task A_subscriber_added_at_run_time_gets_the_events_and_a_bad_address_is_refused()
        {
            await using var receiver = await WebhookReceiver.StartAsync();
            var (added, list) = await SendRawAsync(HttpMethod.Post, "sandbox/webhooks", null, $$"""{"url":"{{receiver.Url}}"}""");
            var (refused, _) = await SendRawAsync(HttpMethod.Post, "sandbox/webhooks", null, """{"url":"ftp://example.invalid/x"}""");
            var checkout = await CheckoutAsync("WEBHOOK-RUNTIME-1");
            await Client.Payments.ConfirmAsync(new ConfirmPaymentRequest(checkout.PaymentKey, checkout.OrderId, 15000m));

            await receiver.WaitForAsync(r => Is(r, TossWebhook.PaymentStatusChanged, checkout.OrderId));

            Assert.Equal(200, added);
            Assert.Contains(receiver.Url.ToString(), list);
            Assert.Equal(400, refused);
            var (_, log) = await SendRawAsync(HttpMethod.Get, "sandbox/webhooks/deliveries", null);
            Assert.Contains("\"state\":\"Delivered\"", log);
        }
    }
}
