using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// samples/webhooks/azure-functions/TossWebhook/run.ps1, hosted as the Functions worker would
    /// (FunctionHost), receiving the sandbox's real deliveries over loopback after a real confirm and
    /// deposit: it verifies each, records the deposit once, and answers what TossPayments should get.
    /// </summary>
    public sealed class WebhookSampleTests : ModuleTest
    {
        private static readonly string RunScript = Path.Combine(ModuleSession.RepositoryRoot, "samples", "webhooks", "azure-functions", "TossWebhook", "run.ps1");
        private readonly string _ledger = Path.Combine(Path.GetTempPath(), "deposits-" + Guid.NewGuid().ToString("N") + ".csv");
        private readonly HttpClient _http = new();

        private async Task<FunctionHost> FunctionAsync()
        {
            var host = await FunctionHost.StartAsync(RunScript, Sandbox.BaseAddress, new Dictionary<string, string> { ["TOSSPAYMENTS_DEPOSIT_LEDGER"] = _ledger });
            Sandbox.Webhooks.Subscribe(host.Url);
            return host;
        }

        // A customer's virtual account, issued by Confirm-TossPayment and paid by a deposit.
        private async Task<(string PaymentKey, string OrderId)> DepositAsync(string orderId)
        {
            using var checkout = await _http.PostAsync(new Uri(Sandbox.BaseAddress, "sandbox/payments"),
                new StringContent($$"""{"orderId":"{{orderId}}","amount":15000,"method":"VIRTUAL_ACCOUNT"}""", Encoding.UTF8, "application/json"));
            using var created = JsonDocument.Parse(await checkout.Content.ReadAsStringAsync());
            var key = created.RootElement.GetProperty("paymentKey").GetString()!;
            Session.Run("Confirm-TossPayment -PaymentKey $key -OrderId $order -Amount 15000 -Confirm:$false",
                variables: new Dictionary<string, object?> { ["key"] = key, ["order"] = orderId }).AssertNoErrors();
            using var deposit = await _http.PostAsync(new Uri(Sandbox.BaseAddress, $"sandbox/virtual-accounts/{key}/deposit"), null);
            Assert.True(deposit.IsSuccessStatusCode);
            return (key, orderId);
        }

        // The function running, a deposit it handled, and the sandbox's delivery of that deposit.
        private async Task<(FunctionHost Function, Sandbox.Webhooks.WebhookDelivery Deposit)> HandledDepositAsync(string orderId)
        {
            var function = await FunctionAsync();
            await DepositAsync(orderId);
            await LedgerRowsAsync(atLeast: 1);
            return (function, Sandbox.Webhooks.Deliveries.Last(d => d.EventType == "DEPOSIT_CALLBACK"));
        }

        private async Task<string[]> LedgerRowsAsync(int atLeast)
        {
            for (var waited = 0; waited < 1000; waited++)
            {
                var rows = File.Exists(_ledger) ? File.ReadAllLines(_ledger).Skip(1).ToArray() : [];
                if (rows.Length >= atLeast && Sandbox.Webhooks.Deliveries.All(d => d.State != "Pending"))
                {
                    return rows;
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("The deposit never reached the ledger.");
        }

        private async Task<int> PostAsync(FunctionHost host, byte[] body, string transmissionId)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, host.Url) { Content = new ByteArrayContent(body) };
            request.Headers.Add("tosspayments-webhook-transmission-id", transmissionId);
            request.Headers.Add("tosspayments-webhook-transmission-time", DateTimeOffset.Now.ToString("yyyy-MM-dd'T'HH:mm:sszzz"));
            using var response = await _http.SendAsync(request);
            return (int)response.StatusCode;
        }

        public override async Task DisposeAsync()
        {
            _http.Dispose();
            File.Delete(_ledger);
            await base.DisposeAsync();
        }

        [Fact]
        public async Task A_deposit_is_verified_and_recorded_once_and_every_delivery_is_answered_200()
        {
            await using var function = await FunctionAsync();

            var (key, orderId) = await DepositAsync("FUNC-DEPOSIT-1");
            var rows = await LedgerRowsAsync(atLeast: 1);

            var row = Assert.Single(rows).Split(',');
            Assert.Equal([orderId, key, "15000"], row[..3]);
            Assert.All(Sandbox.Webhooks.Deliveries, d => Assert.Equal("Delivered", d.State));
            Assert.Equal(["DEPOSIT_CALLBACK", "DEPOSIT_CALLBACK", "PAYMENT_STATUS_CHANGED"], Sandbox.Webhooks.Deliveries.Select(d => d.EventType).Order(StringComparer.Ordinal));
        }

        [Fact]
        public async Task A_copy_of_a_handled_delivery_is_answered_200_and_not_recorded_again()
        {
            var (function, deposit) = await HandledDepositAsync("FUNC-REPLAY-1");
            await using var hosted = function;

            var status = await PostAsync(function, deposit.Body, deposit.TransmissionId);

            Assert.Equal(200, status);
            Assert.Single(await LedgerRowsAsync(atLeast: 1));
        }

        [Fact]
        public async Task A_forged_deposit_is_answered_400_and_not_recorded()
        {
            var (function, deposit) = await HandledDepositAsync("FUNC-FORGED-1");
            await using var hosted = function;
            var forged = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(deposit.Body), "\"secret\":\"[^\"]+\"", "\"secret\":\"ps_forged\""));

            var status = await PostAsync(function, forged, "whtrans_forged_1");

            Assert.Equal(400, status);
            Assert.Single(await LedgerRowsAsync(atLeast: 1));
            Assert.Contains(function.Warnings, w => w.Contains("secret", StringComparison.Ordinal));
        }

        [Fact]
        public async Task A_body_that_is_not_a_webhook_is_answered_400()
        {
            await using var function = await FunctionAsync();

            using var response = await _http.PostAsync(function.Url, new StringContent("<html>hello</html>"));

            Assert.Equal(400, (int)response.StatusCode);
        }
    }
}
