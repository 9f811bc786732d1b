using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    /// <summary>The opt-in test-mode request limit: so many requests a minute of the sandbox clock, per secret key.</summary>
    public sealed class RequestLimitTests : SandboxTest
    {
        private const string OtherKey = "test_sk_otherMerchant0000000000000";

        // The clock starts on a minute, so the requests of a test fall in one minute.
        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 7,
            Payments = 40,
            LogRequests = false,
            ClockStart = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(9)),
            Faults = { RequestsPerMinute = 3 },
        };

        private async Task<int[]> LookUpAsync(int times, string key = TestKey)
        {
            var statuses = new int[times];
            for (var i = 0; i < times; i++)
            {
                (statuses[i], _) = await SendRawAsync(HttpMethod.Get, "v1/payments/orders/ORDER-000001", Basic(key + ":"));
            }

            return statuses;
        }

        [Fact]
        public async Task A_request_over_the_limit_is_429_TOO_MANY_REQUESTS()
        {
            await LookUpAsync(3);

            var (status, body) = await SendRawAsync(HttpMethod.Get, "v1/payments/orders/ORDER-000001", Basic(TestKey + ":"));

            Assert.Equal((429, "TOO_MANY_REQUESTS"), (status, JsonAssert.Field(body, "code")));
        }

        [Fact]
        public async Task The_limit_starts_again_each_minute_of_the_sandbox_clock()
        {
            var first = await LookUpAsync(4);

            Sandbox.Clock.Advance(TimeSpan.FromMinutes(1));

            Assert.Equal(new[] { 200, 200, 200, 429, 200 }, first.Concat(await LookUpAsync(1)));
        }

        [Fact]
        public async Task Each_secret_key_has_a_limit_of_its_own()
        {
            await LookUpAsync(4);

            Assert.Equal(new[] { 200, 200, 200, 429 }, await LookUpAsync(4, OtherKey));
        }

        [Fact]
        public async Task A_refused_request_does_no_work()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            await LookUpAsync(3);

            var (status, _) = await SendRawAsync(HttpMethod.Post, $"v1/payments/{seeded.PaymentKey}/cancel", Basic(TestKey + ":"), """{"cancelReason":"x"}""");

            Assert.Equal((429, SandboxStatus.DONE), (status, seeded.Status));
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task A_limit_below_one_request_a_minute_is_refused_at_start()
        {
            await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => SandboxServer.StartAsync(new SandboxOptions { Faults = { RequestsPerMinute = 0 } }));
        }
    }
}
