using System.Collections.Generic;
using System.Text;
using TossPayments.Models;
using TossPayments.Webhooks;

namespace TossPayments.Tests
{
    /// <summary>Reading deliveries into typed events (API notes §9): each type, unknown types kept, bad bodies refused.</summary>
    public sealed class WebhookParseTests
    {
        private static readonly WebhookDelivery Delivery = new("whtrans_1", "2024-09-05T12:19:21+09:00", "0", null);

        [Fact]
        public void A_payment_status_change_carries_its_payment()
        {
            var webhook = TossWebhook.Parse("""
                {"eventType":"PAYMENT_STATUS_CHANGED","createdAt":"2024-02-13T12:18:14.123456",
                 "data":{"paymentKey":"pk_1","orderId":"order-1","status":"DONE","totalAmount":1000,"balanceAmount":1000,"card":{"amount":1000}}}
                """, Delivery);

            var changed = Assert.IsType<PaymentStatusChangedEvent>(webhook);
            Assert.Equal("pk_1", changed.Data.PaymentKey);
            Assert.Equal(PaymentStatus.DONE, changed.Data.Status);
            Assert.Equal(1000m, changed.Data.Card!.Amount);
            Assert.Equal(new System.DateTimeOffset(2024, 2, 13, 12, 18, 14, 123, System.TimeSpan.FromHours(9)).AddTicks(4560), changed.CreatedAt);
        }

        [Fact]
        public void A_deposit_callback_is_known_by_its_fields_as_it_has_no_type()
        {
            var webhook = TossWebhook.Parse("""{"createdAt":"2024-02-13T12:18:14.000","secret":"ps_abc","status":"DONE","transactionKey":"tx_1","orderId":"order-1"}""", Delivery);

            var deposit = Assert.IsType<DepositCallbackEvent>(webhook);
            Assert.Equal(TossWebhook.DepositCallback, deposit.EventType);
            Assert.Equal("order-1", deposit.OrderId);
            Assert.Equal(PaymentStatus.DONE, deposit.Status);
            Assert.Equal("ps_abc", deposit.Secret);
            Assert.DoesNotContain("ps_abc", deposit.ToString());
        }

        [Fact]
        public void A_cancel_status_change_carries_its_cancel()
        {
            var webhook = TossWebhook.Parse("""{"eventType":"CANCEL_STATUS_CHANGED","createdAt":"2024-02-13T12:18:14.000","data":{"cancelAmount":10.5,"cancelStatus":"DONE","transactionKey":"tx_2"}}""", Delivery);

            var cancel = Assert.IsType<CancelStatusChangedEvent>(webhook);
            Assert.Equal(10.5m, cancel.Data.CancelAmount);
            Assert.Equal(CancelStatus.DONE, cancel.Data.CancelStatus);
        }

        [Fact]
        public void A_billing_deletion_carries_its_key_and_a_reason_that_may_be_null()
        {
            var webhook = TossWebhook.Parse("""{"eventType":"BILLING_DELETED","createdAt":"2024-12-01T00:00:00.000000","data":{"billingKey":"bk_1","reason":null}}""", Delivery);

            var deleted = Assert.IsType<BillingDeletedEvent>(webhook);
            Assert.Equal("bk_1", deleted.BillingKey);
            Assert.Null(deleted.Reason);
        }

        [Theory]
        [InlineData("payout.changed")]
        [InlineData("seller.changed")]
        public void Payout_and_seller_events_carry_their_entity(string type)
        {
            var webhook = TossWebhook.Parse("{\"eventType\":\"" + type + "\",\"createdAt\":\"2024-09-05T12:19:21+09:00\",\"version\":\"2022-11-16\",\"eventId\":\"ev_1\",\"entityType\":\"payout\",\"entityBody\":{\"id\":\"FPA_1\",\"status\":\"COMPLETED\"}}", Delivery);

            var signed = Assert.IsType<SignedWebhookEvent>(webhook);
            Assert.Equal(type, signed.EventType);
            Assert.Equal("ev_1", signed.EventId);
            Assert.Equal("COMPLETED", signed.EntityBody.GetProperty("status").GetString());
        }

        [Fact]
        public void An_unknown_event_type_is_kept_whole()
        {
            const string body = """{"eventType":"METHOD_UPDATED","createdAt":"2024-02-13T12:18:14.000","data":{"customerKey":"c1","methods":[1,2]}}""";

            var webhook = TossWebhook.Parse(body, Delivery);

            var unknown = Assert.IsType<UnknownWebhookEvent>(webhook);
            Assert.Equal("METHOD_UPDATED", unknown.EventType);
            Assert.Equal("c1", unknown.Json.GetProperty("data").GetProperty("customerKey").GetString());
            Assert.Equal(body, unknown.Body);
        }

        [Fact]
        public void The_delivery_headers_are_read_whatever_their_case()
        {
            var delivery = WebhookDelivery.FromHeaders(new Dictionary<string, string?>
            {
                ["TossPayments-Webhook-Transmission-Id"] = "whtrans_9",
                ["tosspayments-webhook-transmission-time"] = "2024-09-05T12:19:21+09:00",
                ["TOSSPAYMENTS-WEBHOOK-TRANSMISSION-RETRIED-COUNT"] = "3",
                ["Content-Type"] = "application/json",
            });

            Assert.Equal("whtrans_9", delivery.TransmissionId);
            Assert.Equal(new System.DateTimeOffset(2024, 9, 5, 12, 19, 21, System.TimeSpan.FromHours(9)), delivery.TransmissionTime);
            Assert.Equal(3, delivery.RetriedCount);
            Assert.Null(delivery.Signature);
        }

        [Theory]
        [InlineData("<html>ok</html>")]
        [InlineData("")]
        [InlineData("[1,2]")]
        [InlineData("\"PAYMENT_STATUS_CHANGED\"")]
        [InlineData("""{"eventType":"PAYMENT_STATUS_CHANGED","data":null}""")]
        [InlineData("""{"eventType":"PAYMENT_STATUS_CHANGED","data":{"orderId":"order-1"}}""")]
        [InlineData("""{"eventType":"PAYMENT_STATUS_CHANGED","data":{"paymentKey":"pk_1","totalAmount":"many"}}""")]
        [InlineData("""{"eventType":"PAYMENT_STATUS_CHANGED","data":{"paymentKey":"pk_1","card":{"amount":"many"}}}""")]
        [InlineData("""{"eventType":"BILLING_DELETED","data":{"reason":"x"}}""")]
        [InlineData("""{"createdAt":"2024-02-13T12:18:14.000","status":"DONE"}""")]
        [InlineData("""{"eventType":"PAYMENT_STATUS_CHANGED","createdAt":"yesterday","data":{"paymentKey":"pk_1"}}""")]
        public void A_body_that_is_not_a_webhook_is_refused_as_malformed(string body)
        {
            var error = Assert.Throws<TossWebhookException>(() => TossWebhook.Parse(body, Delivery));

            Assert.Equal(TossWebhookFailure.Malformed, error.Failure);
            Assert.Equal("whtrans_1", error.TransmissionId);
        }

        [Fact]
        public void Bytes_that_are_not_UTF8_are_refused_as_malformed()
        {
            var error = Assert.Throws<TossWebhookException>(() => TossWebhook.Parse([0x7B, 0xFF, 0xFE, 0x7D], Delivery));

            Assert.Equal(TossWebhookFailure.Malformed, error.Failure);
        }

        [Fact]
        public void A_body_larger_than_any_webhook_is_refused_unread()
        {
            var body = Encoding.UTF8.GetBytes("{\"eventType\":\"X\",\"pad\":\"" + new string('x', TossWebhook.MaxBodyBytes) + "\"}");

            var error = Assert.Throws<TossWebhookException>(() => TossWebhook.Parse(body, Delivery));

            Assert.Equal(TossWebhookFailure.TooLarge, error.Failure);
        }
    }
}
