using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>
    /// A fresh sandbox on a free loopback port for every test, and a client for it, so each test
    /// starts from the same seeded data and sees only its own requests.
    /// </summary>
    public abstract class SandboxTest : IAsyncLifetime
    {
        public const string TestKey = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R";

        private SandboxServer? _sandbox;
        private TossPaymentsClient? _client;

        protected SandboxServer Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

        protected TossPaymentsClient Client => _client ??= NewClient();

        protected virtual SandboxOptions SandboxOptions => new() { Seed = 7, Payments = 40, LogRequests = false };

        public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(SandboxOptions);

        public async Task DisposeAsync()
        {
            _client?.Dispose();
            if (_sandbox is not null)
            {
                await _sandbox.DisposeAsync();
            }
        }

        protected TossPaymentsClient NewClient(string secretKey = TestKey, Action<TossPaymentsClientOptions>? configure = null)
        {
            var options = new TossPaymentsClientOptions(secretKey)
            {
                BaseAddress = Sandbox.BaseAddress,
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            };
            configure?.Invoke(options);
            return new TossPaymentsClient(options);
        }

        /// <summary>The first seeded payment that matches.</summary>
        protected SandboxPayment Seeded(Func<SandboxPayment, bool> match) => Sandbox.Store.All.First(match);

        protected SandboxPayment SeededCard(SandboxStatus status, bool partialCancelable = true) =>
            Seeded(p => p.Status == status && p.Method == "CARD" && p.IsPartialCancelable == partialCancelable && p.TaxFreeAmount == 0 && p.TaxExemptionAmount == 0);

        /// <summary>A plain request to the sandbox, for what the client would never send.</summary>
        protected Task<(int Status, string Body)> SendRawAsync(HttpMethod method, string path, string? authorization, string? json = null,
            params (string Name, string Value)[] headers) => RawHttp.SendAsync(Sandbox.BaseAddress, method, path, authorization, json, headers);

        protected static string Basic(string userAndPassword) => RawHttp.Basic(userAndPassword);
    }
}
