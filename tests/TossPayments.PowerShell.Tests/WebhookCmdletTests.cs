using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Security.Cryptography;
using System.Text;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// ConvertFrom-TossWebhook and Test-TossWebhook in the real engine, verifying against the
    /// sandbox over HTTP: what a receiver script sees for genuine, forged, stale, replayed and
    /// malformed deliveries.
    /// </summary>
    public sealed class WebhookCmdletTests : ModuleTest
    {
        private const string PayoutKey = "payout-security-key";
        private int _transmissions;

        private SandboxPayment VirtualAccount => Sandbox.Store.All.First(p => p.Secret is not null);

        private Hashtable Headers(string? signature = null, DateTimeOffset? sentAt = null)
        {
            var headers = new Hashtable
            {
                ["tosspayments-webhook-transmission-id"] = "whtrans_cmdlet_" + Guid.NewGuid().ToString("N")[..8] + ++_transmissions,
                ["tosspayments-webhook-transmission-time"] = (sentAt ?? DateTimeOffset.Now).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
                ["tosspayments-webhook-transmission-retried-count"] = "0",
            };
            if (signature is not null)
            {
                headers["tosspayments-webhook-signature"] = signature;
            }

            return headers;
        }

        private static string DepositBody(SandboxPayment account, string secret) =>
            $$"""{"createdAt":"2024-09-05T12:19:20.000000","secret":"{{secret}}","status":"DONE","transactionKey":"tx_1","orderId":"{{account.OrderId}}"}""";

        private ModuleSession.Result Verify(string body, Hashtable headers, string parameters = "") =>
            Session.Run("ConvertFrom-TossWebhook -Body $body -Headers $headers | Test-TossWebhook " + parameters,
                variables: new Dictionary<string, object?> { ["body"] = body, ["headers"] = headers, ["key"] = ModuleSession.Secure(PayoutKey) });

        [Fact]
        public void A_genuine_deposit_callback_is_verified_by_its_secret_and_the_looked_up_payment()
        {
            var account = VirtualAccount;

            var result = Verify(DepositBody(account, account.Secret!), Headers());

            result.AssertNoErrors();
            Assert.Equal("SecretAndLookedUp", result.Get(0, "Check")!.ToString());
            Assert.Equal(true, result.Get(0, "IsVerified"));
            Assert.Equal(account.PaymentKey, Property(result.Get(0, "Payment"), "PaymentKey"));
        }

        [Fact]
        public void A_forged_deposit_callback_is_a_TossWebhookForged_error_and_writes_nothing()
        {
            var result = Verify(DepositBody(VirtualAccount, "ps_forged"), Headers());

            Assert.Empty(result.Output);
            var error = Assert.Single(result.Errors);
            Assert.Equal("TossWebhookForged,TossPayments.PowerShell.Commands.TestTossWebhookCommand", error.FullyQualifiedErrorId);
            Assert.Equal(ErrorCategory.SecurityError, error.CategoryInfo.Category);
            Assert.Contains("answer 400", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void The_second_delivery_of_a_transmission_is_TossWebhookReplayed_and_says_to_answer_200()
        {
            var account = VirtualAccount;
            var headers = Headers();
            Verify(DepositBody(account, account.Secret!), headers).AssertNoErrors();

            var again = Verify(DepositBody(account, account.Secret!), headers);

            var error = Assert.Single(again.Errors);
            Assert.StartsWith("TossWebhookReplayed,", error.FullyQualifiedErrorId);
            Assert.Contains("answer 200", error.ErrorDetails.RecommendedAction);
        }

        [Fact]
        public void A_payment_event_is_verified_by_looking_the_payment_up()
        {
            var paid = Sandbox.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Secret is null);
            var body = $$$"""{"eventType":"PAYMENT_STATUS_CHANGED","createdAt":"2024-09-05T12:19:20.000000","data":{"paymentKey":"{{{paid.PaymentKey}}}","orderId":"{{{paid.OrderId}}}","status":"DONE"}}""";

            var result = Verify(body, Headers());

            result.AssertNoErrors();
            Assert.Equal("LookedUp", result.Get(0, "Check")!.ToString());
        }

        [Fact]
        public void A_signed_payout_event_is_verified_with_the_security_key()
        {
            var body = """{"eventType":"payout.changed","createdAt":"2024-09-05T12:19:20+09:00","version":"2022-11-16","eventId":"ev_1","entityType":"payout","entityBody":{"id":"FPA_1"}}""";
            var headers = Headers();
            headers["tosspayments-webhook-signature"] = "v1:" + Sign(body, (string)headers["tosspayments-webhook-transmission-time"]!);

            var result = Verify(body, headers, "-PayoutSecurityKey $key");

            result.AssertNoErrors();
            Assert.Equal("Signature", result.Get(0, "Check")!.ToString());
        }

        [Fact]
        public void A_stale_payout_event_is_TossWebhookStale()
        {
            var body = """{"eventType":"payout.changed","createdAt":"2024-09-05T12:19:20+09:00","version":"2022-11-16","eventId":"ev_1","entityType":"payout","entityBody":{"id":"FPA_1"}}""";
            var headers = Headers(sentAt: DateTimeOffset.Now.AddHours(-1));
            headers["tosspayments-webhook-signature"] = "v1:" + Sign(body, (string)headers["tosspayments-webhook-transmission-time"]!);

            var result = Verify(body, headers, "-PayoutSecurityKey $key");

            Assert.StartsWith("TossWebhookStale,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void A_payout_event_without_the_security_key_cannot_be_verified()
        {
            var body = """{"eventType":"payout.changed","createdAt":"2024-09-05T12:19:20+09:00","eventId":"ev_1","entityBody":{}}""";

            var result = Verify(body, Headers(signature: "v1:AAAA"));

            Assert.StartsWith("TossWebhookCannotVerify,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Theory]
        [InlineData("<html>not json</html>", "TossWebhookMalformed")]
        [InlineData("[1,2,3]", "TossWebhookMalformed")]
        public void A_body_that_is_not_a_webhook_is_a_specific_error_with_the_body_as_target(string body, string errorId)
        {
            var result = Session.Run("ConvertFrom-TossWebhook -Body $body", variables: new Dictionary<string, object?> { ["body"] = body });

            var error = Assert.Single(result.Errors);
            Assert.StartsWith(errorId + ",", error.FullyQualifiedErrorId);
            Assert.Equal(body, error.TargetObject);
        }

        [Fact]
        public void An_oversized_body_is_TossWebhookTooLarge()
        {
            var result = Session.Run("ConvertFrom-TossWebhook -Body ('{\"pad\":\"' + ('x' * 300KB) + '\"}')");

            Assert.StartsWith("TossWebhookTooLarge,", Assert.Single(result.Errors).FullyQualifiedErrorId);
        }

        [Fact]
        public void A_body_already_parsed_into_an_object_is_refused_as_not_the_body_received()
        {
            var result = Session.Run("ConvertFrom-TossWebhook -Body @{ eventType = 'PAYMENT_STATUS_CHANGED' }");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("TossWebhookInputInvalid,", error.FullyQualifiedErrorId);
            Assert.Contains("RawBody", error.Exception.Message);
        }

        [Fact]
        public void An_Azure_Functions_request_is_read_from_its_raw_body_not_its_parsed_one()
        {
            var account = VirtualAccount;
            var result = Session.Run("""
                $request = [pscustomobject]@{ Body = @{ parsed = $true }; RawBody = $raw; Headers = @{ 'tosspayments-webhook-transmission-id' = 'whtrans_az_1' } }
                ConvertFrom-TossWebhook -Request $request
                """, variables: new Dictionary<string, object?> { ["raw"] = DepositBody(account, account.Secret!) });

            result.AssertNoErrors();
            var deposit = result.Output.Single();
            Assert.Equal("DepositCallbackEvent", deposit.BaseObject.GetType().Name);
            Assert.Equal(account.OrderId, Property(deposit, "OrderId"));
            Assert.Equal("whtrans_az_1", Property(Property(deposit, "Delivery"), "TransmissionId"));
        }

        [Fact]
        public void A_saved_body_is_read_from_a_file_with_its_headers()
        {
            var path = System.IO.Path.GetTempFileName();
            System.IO.File.WriteAllText(path, """{"eventType":"BILLING_DELETED","createdAt":"2024-12-01T00:00:00.000000","data":{"billingKey":"bk_1","reason":null}}""");
            try
            {
                var result = Session.Run("ConvertFrom-TossWebhook -Path $path -Headers @{ 'TossPayments-Webhook-Transmission-Id' = 'whtrans_file_1' } | Test-TossWebhook",
                    variables: new Dictionary<string, object?> { ["path"] = path });

                result.AssertNoErrors();
                Assert.Equal(false, result.Get(0, "IsVerified"));
                Assert.Contains("BILLING_DELETED is unsigned", (string)result.Get(0, "Detail")!);
            }
            finally
            {
                System.IO.File.Delete(path);
            }
        }

        [Fact]
        public void A_bad_delivery_does_not_stop_the_rest_of_the_pipeline()
        {
            var account = VirtualAccount;
            var result = Session.Run("$bodies | ConvertFrom-TossWebhook | Test-TossWebhook",
                variables: new Dictionary<string, object?> { ["bodies"] = new[] { "not json", DepositBody(account, "ps_forged"), DepositBody(account, account.Secret!) } });

            Assert.Equal(["TossWebhookMalformed", "TossWebhookForged"], result.Errors.Select(e => e.FullyQualifiedErrorId.Split(',')[0]));
            Assert.Single(result.Output);
        }

        private static object? Property(object? value, string name) => PSObject.AsPSObject(value!).Properties[name]?.Value;

        private static string Sign(string body, string time) =>
            Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(PayoutKey), Encoding.UTF8.GetBytes(body + ":" + time)));
    }
}
