using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests.Contract
{
    /// <summary>
    /// Where a contract case sends its requests: a fresh sandbox, or the real test API named by the
    /// environment. A case sees only what the API shows (answers over HTTP), never the sandbox's
    /// store, so the same assertions hold for both.
    /// </summary>
    public sealed class ContractTarget(string name, Uri baseAddress, string secretKey, DateTime reportDay,
        string? paymentKey, string? cancelablePaymentKey, SandboxServer? sandbox) : IAsyncDisposable
    {
        public const string SandboxName = "sandbox";
        public const string TestApiName = "test API";

        // The sandbox accepts only this key, as the API accepts only the account's own.
        private const string SandboxKey = "test_sk_zXLkKEypNArWmo50nX3lmeaxYG5R";

        public Uri BaseAddress { get; } = baseAddress;

        public string SecretKey { get; } = secretKey;

        /// <summary>A day whose transactions and settlements the list cases read.</summary>
        public DateTime ReportDay { get; } = reportDay;

        /// <summary>A DONE card payment: read, and sent only changes the API refuses.</summary>
        public string PaymentKey => paymentKey ?? throw new InvalidOperationException(ContractSettings.FromEnvironment.SkipReason(ContractNeeds.Payment));

        /// <summary>A DONE card payment, canceled 100 won at a time.</summary>
        public string CancelablePaymentKey =>
            cancelablePaymentKey ?? throw new InvalidOperationException(ContractSettings.FromEnvironment.SkipReason(ContractNeeds.CancelablePayment));

        /// <summary>The target a case's data row names: a fresh sandbox, or the test API of this process's environment.</summary>
        public static async Task<ContractTarget> OpenAsync(string name) =>
            name == TestApiName ? ForTestApi(ContractSettings.FromEnvironment) : await ForSandboxAsync();

        /// <summary>The real test API the settings name; a live key is refused before anything is sent.</summary>
        public static ContractTarget ForTestApi(ContractSettings settings)
        {
            var key = settings.SecretKey ?? throw new InvalidOperationException(settings.SkipReason(ContractNeeds.Key));
            // The suite sends cancels; it never runs where they would move real money.
            if (!key.StartsWith("test_", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{ContractSettings.SecretKeyVariable} must be a test key (test_sk_…); the contract suite never runs in live mode.");
            }

            return new ContractTarget(TestApiName, settings.BaseAddress, key, settings.ReportDay, settings.PaymentKey, settings.CancelablePaymentKey, sandbox: null);
        }

        private static async Task<ContractTarget> ForSandboxAsync()
        {
            var sandbox = await SandboxServer.StartAsync(new SandboxOptions { Seed = 7, Payments = 40, SecretKey = SandboxKey, LogRequests = false });
            var cards = sandbox.Store.All
                .Where(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel && p.TaxFreeAmount == 0)
                .Select(p => p.PaymentKey)
                .Take(2)
                .ToList();
            // The seeded payments are sold on 2 November 2026 (Korea time).
            return new ContractTarget(SandboxName, sandbox.BaseAddress, SandboxKey, new DateTime(2026, 11, 2), cards[0], cards[1], sandbox);
        }

        public TossPaymentsClient NewClient(string? secretKey = null) =>
            new(new TossPaymentsClientOptions(secretKey ?? SecretKey) { BaseAddress = BaseAddress, RetryBaseDelay = TimeSpan.FromMilliseconds(200) });

        /// <summary>The secret key as a Basic authorization header value, the API's form.</summary>
        public string Authorization => RawHttp.Basic(SecretKey + ":");

        /// <summary>A plain request, for what the client would never send, or to read the API's own bytes.</summary>
        public Task<(int Status, string Body)> SendRawAsync(HttpMethod method, string path, string? authorization, string? json = null,
            params (string Name, string Value)[] headers) => RawHttp.SendAsync(BaseAddress, method, path, authorization, json, headers);

        /// <summary>
        /// Waits out the API's one-cancel-per-second rule left by an earlier case on the same test
        /// payment; each sandbox case starts a fresh sandbox and need not wait.
        /// </summary>
        public Task SettleAfterEarlierCancelsAsync() => sandbox is null ? Task.Delay(TimeSpan.FromSeconds(1.5)) : Task.CompletedTask;

        public override string ToString() => name;

        public async ValueTask DisposeAsync()
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }
}
