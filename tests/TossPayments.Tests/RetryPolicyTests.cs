using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using TossPayments.Http;

namespace TossPayments.Tests
{
    public sealed class RetryPolicyTests
    {
        [Theory]
        [InlineData(1, 0.0, 50)]
        [InlineData(1, 1.0, 100)]
        [InlineData(2, 0.0, 100)]
        [InlineData(3, 0.5, 300)]
        [InlineData(10, 1.0, 1000)]
        public void Backoff_doubles_with_at_least_half_of_each_step_and_is_capped(int retry, double jitter, double expectedMs)
        {
            var wait = RetryPolicy.Backoff(retry, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), jitter);

            Assert.Equal(expectedMs, wait.TotalMilliseconds, precision: 3);
        }

        [Fact]
        public async Task Retry_after_in_seconds_is_read_as_sent()
        {
            using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new ByteArrayContent([]) };
            response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3));

            Assert.Equal(TimeSpan.FromSeconds(3), (await ApiAnswer.ReadAsync(response, DateTimeOffset.UtcNow)).RetryAfter);
        }

        [Fact]
        public void Retry_after_is_capped_for_waiting()
        {
            Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.Capped(TimeSpan.FromHours(1), TimeSpan.FromSeconds(30)));
            Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.Capped(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(30)));
            Assert.Null(RetryPolicy.Capped(null, TimeSpan.FromSeconds(30)));
        }

        [Fact]
        public async Task Retry_after_as_a_date_becomes_the_time_until_it()
        {
            var now = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
            using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Content = new ByteArrayContent([]) };
            response.Headers.RetryAfter = new RetryConditionHeaderValue(now.AddSeconds(7));

            Assert.Equal(TimeSpan.FromSeconds(7), (await ApiAnswer.ReadAsync(response, now)).RetryAfter);
        }

        [Theory]
        [InlineData(409, true)]
        [InlineData(429, true)]
        [InlineData(500, true)]
        [InlineData(503, true)]
        [InlineData(400, false)]
        [InlineData(403, false)]
        [InlineData(404, false)]
        public void Only_conflict_rate_limit_and_server_errors_are_retried(int status, bool retried)
        {
            Assert.Equal(retried, RetryPolicy.IsRetryableStatus(status));
        }
    }
}
