using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>A request goes only to the path it names, at the address it was given: no dot segments, no redirects.</summary>
    public sealed class RequestPathTests : ModuleTest
    {
        [Theory]
        [InlineData("Get-TossPayment $key")]
        [InlineData("Stop-TossPayment $key -CancelReason x -Force")]
        [InlineData("Confirm-TossPayment $key ORDER-000001 1000")]
        public void A_payment_key_of_dots_is_refused_and_no_other_endpoint_is_reached(string command)
        {
            foreach (var key in new[] { ".", "..", "..." })
            {
                var result = Session.Run(command, variables: new Dictionary<string, object?> { ["key"] = key });

                Assert.StartsWith("InvalidPaymentKey,", Assert.Single(result.Errors).FullyQualifiedErrorId);
            }

            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Theory]
        [InlineData("a/../../cancel")]
        [InlineData("a%2F..%2F..%2Fcancel")]
        [InlineData("%2e%2e")]
        [InlineData("a?b=c")]
        [InlineData("a#b")]
        [InlineData("a\\..\\b")]
        public void A_payment_key_with_path_characters_is_refused_before_it_can_reach_another_path(string key)
        {
            var result = Session.Run("Get-TossPayment $key; Stop-TossPayment $key -CancelReason x -Force", variables: new Dictionary<string, object?> { ["key"] = key });

            Assert.All(result.Errors, e => Assert.StartsWith("InvalidPaymentKey,", e.FullyQualifiedErrorId));
            Assert.Equal(2, result.Errors.Count);
            Assert.Equal(0, Sandbox.Requests.Count);
        }

        [Theory]
        [InlineData(307)]
        [InlineData(308)]
        [InlineData(302)]
        public async Task A_redirect_is_not_followed_and_the_error_names_where_it_pointed(int status)
        {
            var card = DoneCards(1)[0];
            var target = new Uri(Sandbox.BaseAddress, $"v1/payments/{card.PaymentKey}/cancel");
            await using var redirector = await LoopbackServer.StartAsync(context =>
            {
                context.Response.StatusCode = status;
                context.Response.Headers.Location = target.ToString();
                return Task.CompletedTask;
            });
            Session.Connect(redirector.BaseAddress);

            var result = Session.Run("Stop-TossPayment $key -CancelReason x -Force", variables: new Dictionary<string, object?> { ["key"] = card.PaymentKey });

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("TossPaymentsRedirectNotFollowed,", error.FullyQualifiedErrorId);
            Assert.Contains(target.ToString(), error.Exception.Message);
            Assert.Equal(0, PostsReceived);
            Assert.Equal(card.TotalAmount, card.BalanceAmount);
        }
    }
}
