using System;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class AuthenticationTests : SandboxTest
    {
        [Fact]
        public async Task Request_without_authorization_is_401_unauthorized_key()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/x", authorization: null);

            Assert.Equal(401, status);
            Assert.Contains("UNAUTHORIZED_KEY", body);
        }

        [Fact]
        public async Task Key_encoded_without_the_colon_is_403_incorrect_basic_auth_format()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/x", Basic(TestKey));

            Assert.Equal(403, status);
            Assert.Contains("INCORRECT_BASIC_AUTH_FORMAT", body);
        }

        [Fact]
        public async Task Authorization_that_is_not_Basic_is_403_incorrect_basic_auth_format()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/x", "Bearer " + TestKey);

            Assert.Equal(403, status);
            Assert.Contains("INCORRECT_BASIC_AUTH_FORMAT", body);
        }

        [Fact]
        public async Task Live_key_against_the_sandbox_is_401_unauthorized_key()
        {
            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/x", Basic("live_sk_abcdefghijklmnop:"));

            Assert.Equal(401, status);
            Assert.Contains("UNAUTHORIZED_KEY", body);
        }

        [Fact]
        public async Task Key_with_a_byte_order_mark_is_401_unauthorized_key()
        {
            var (status, _) = await SendRawAsync(HttpMethod.Get, "v1/payments/x", Basic("\uFEFF" + TestKey + ":"));

            Assert.Equal(401, status);
        }

        [Fact]
        public async Task Widget_secret_keys_are_accepted()
        {
            using var client = NewClient("test_gsk_docs_OaPz8L5KdmQXkzRz3y47BMw6");

            var payment = await client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey);

            Assert.NotNull(payment);
        }

        [Fact]
        public async Task Client_sends_the_key_as_Basic_user_with_an_empty_password()
        {
            var key = SeededCard(SandboxStatus.DONE).PaymentKey;

            var (status, _) = await SendRawAsync(HttpMethod.Get, "v1/payments/" + key, Basic(TestKey + ":"));
            var payment = await Client.Payments.GetAsync(key);

            Assert.Equal(200, status);
            Assert.Equal(key, payment.PaymentKey);
        }

        [Fact]
        public void Client_refuses_plain_http_to_a_remote_host()
        {
            var options = new TossPaymentsClientOptions(TestKey) { BaseAddress = new Uri("http://api.example.test/") };

            var error = Assert.Throws<TossPaymentsValidationException>(() => new TossPaymentsClient(options));

            Assert.Equal("InsecureBaseAddress", error.ErrorId);
        }

        [Fact]
        public void Client_refuses_a_live_key_over_plain_http_even_to_loopback()
        {
            var options = new TossPaymentsClientOptions("live_sk_abcdefghijklmnop") { BaseAddress = new Uri("http://127.0.0.1:5117/") };

            var error = Assert.Throws<TossPaymentsValidationException>(() => new TossPaymentsClient(options));

            Assert.Equal("InsecureBaseAddress", error.ErrorId);
        }

        [Fact]
        public void Empty_secret_key_is_refused()
        {
            var error = Assert.Throws<TossPaymentsValidationException>(() => new TossSecretKey(""));

            Assert.Equal("InvalidSecretKey", error.ErrorId);
        }

        [Theory]
        [InlineData("sk_no_prefix")]
        [InlineData("test_ck_client_key")]
        [InlineData("test_sk_with space")]
        [InlineData("\uFEFFtest_sk_bom")]
        public void Malformed_secret_keys_are_refused_without_repeating_them(string key)
        {
            var error = Assert.Throws<TossPaymentsValidationException>(() => new TossSecretKey(key));

            Assert.Equal("InvalidSecretKey", error.ErrorId);
            Assert.DoesNotContain(key.Trim('\uFEFF'), error.Message);
        }

        [Fact]
        public void Secret_key_shows_only_its_prefix_mode_and_last_four_characters()
        {
            var key = new TossSecretKey(TestKey);

            Assert.Equal("test_sk_****YG5R", key.ToString());
            Assert.Equal(TossPaymentsMode.Test, key.Mode);
            Assert.DoesNotContain(TestKey, key.Masked);
        }
    }

    public sealed class ConfiguredKeyTests : SandboxTest
    {
        protected override SandboxOptions SandboxOptions => new() { Payments = 20, LogRequests = false, SecretKey = "test_sk_only_this_one" };

        [Fact]
        public async Task Sandbox_with_a_configured_key_refuses_other_test_keys()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsAuthenticationException>(() => Client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey));

            Assert.Equal(("UNAUTHORIZED_KEY", 401), (error.Code, error.StatusCode));
            Assert.DoesNotContain(TestKey, error.ToString());
        }

        [Fact]
        public async Task Sandbox_with_a_configured_key_accepts_that_key()
        {
            using var client = NewClient("test_sk_only_this_one");

            var payment = await client.Payments.GetAsync(SeededCard(SandboxStatus.DONE).PaymentKey);

            Assert.NotNull(payment);
        }
    }
}
