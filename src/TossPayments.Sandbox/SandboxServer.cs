using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TossPayments.Sandbox.Api;
using TossPayments.Sandbox.Domain;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Webhooks;

namespace TossPayments.Sandbox
{
    /// <summary>
    /// A running sandbox: real HTTP on loopback. Tests start one in-process on a free port with
    /// <see cref="StartAsync"/>; the command line runs the same application.
    /// </summary>
    public sealed class SandboxServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private SandboxServer(WebApplication app, PaymentStore store, RequestJournal journal)
        {
            _app = app;
            Store = store;
            Requests = journal;
            BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        }

        /// <summary>The sandbox's address, e.g. <c>http://127.0.0.1:5117/</c>.</summary>
        public Uri BaseAddress { get; }

        /// <summary>The payments and the ledger of committed changes.</summary>
        public PaymentStore Store { get; }

        /// <summary>Every request received.</summary>
        public RequestJournal Requests { get; }

        /// <summary>The sandbox's clock, to move forward.</summary>
        public SandboxClock Clock => _app.Services.GetRequiredService<SandboxClock>();

        /// <summary>Every cash-receipt issue and cancel.</summary>
        public CashReceiptRegistry CashReceipts => _app.Services.GetRequiredService<CashReceiptRegistry>();

        /// <summary>The webhook subscribers and every delivery.</summary>
        public WebhookOutbox Webhooks => _app.Services.GetRequiredService<WebhookOutbox>();

        /// <summary>The billing auth keys and billing keys, to hand a test a customer's key.</summary>
        public BillingRegistry Billing => _app.Services.GetRequiredService<BillingRegistry>();

        /// <summary>The faults being injected; changes take effect with the next request.</summary>
        public FaultOptions Faults => _app.Services.GetRequiredService<SandboxOptions>().Faults;

        /// <summary>Starts a sandbox listening on <paramref name="url"/> (default: a free loopback port).</summary>
        public static async Task<SandboxServer> StartAsync(SandboxOptions options, string url = "http://127.0.0.1:0")
        {
            var app = Build(options, [], url);
            await app.StartAsync();
            return new SandboxServer(app, app.Services.GetRequiredService<PaymentStore>(), app.Services.GetRequiredService<RequestJournal>());
        }

        /// <summary>Builds the sandbox application; <paramref name="url"/> null means the command line's <c>--urls</c>.</summary>
        internal static WebApplication Build(SandboxOptions options, string[] args, string? url)
        {
            if (options.Payments < PaymentSeeder.MinimumCount)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"The sandbox needs at least {PaymentSeeder.MinimumCount} payments to cover every status.");
            }

            if (options.Faults.RequestsPerMinute is < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(options), "The request limit must allow at least one request a minute.");
            }

            if (!ErrorCatalog.TryGet(options.ReadyConfirmCode, out _))
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"The ready-confirm code '{options.ReadyConfirmCode}' is not an error code the sandbox knows.");
            }

            if (options.WebhookUrls.FirstOrDefault(url => !WebhookOutbox.IsSubscriberAddress(url)) is { } badUrl)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"The webhook subscriber '{badUrl}' is not an absolute http or https address.");
            }

            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SandboxServer).Assembly.GetName().Name });
            if (url is not null)
            {
                builder.WebHost.UseUrls(url);
            }

            builder.Logging.ClearProviders();
            if (options.LogRequests)
            {
                builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
                builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            }

            builder.Services.AddSingleton(options);
            var clock = new SandboxClock(options.Clock, options.ClockStart);
            builder.Services.AddSingleton(clock);
            builder.Services.AddSingleton<TimeProvider>(clock);
            builder.Services.AddSingleton(new PaymentStore(PaymentSeeder.Create(options.Seed, options.Payments), clock.GetUtcNow()));
            builder.Services.AddSingleton<RequestJournal>();
            builder.Services.AddSingleton<BillingRegistry>();
            builder.Services.AddSingleton<CashReceiptRegistry>();
            builder.Services.AddSingleton<IdempotencyFilter>();
            builder.Services.AddSingleton(new FaultPlan(options.Faults));
            builder.Services.AddSingleton<RequestLimit>();
            builder.Services.AddSingleton(options.Faults);
            builder.Services.AddSingleton<FaultFilter>();
            builder.Services.AddSingleton<WebhookOutbox>();
            builder.Services.AddHostedService(services => services.GetRequiredService<WebhookOutbox>());

            var app = builder.Build();
            app.UseMiddleware<RequestLogMiddleware>();
            app.UseWhen(c => c.Request.Path.StartsWithSegments("/v1"), v1 =>
            {
                v1.UseMiddleware<BasicAuthMiddleware>();
                v1.UseMiddleware<TestCodeMiddleware>();
            });

            app.MapPaymentEndpoints(app.Services.GetRequiredService<IdempotencyFilter>(), app.Services.GetRequiredService<FaultFilter>());
            app.MapReportEndpoints(app.Services.GetRequiredService<FaultFilter>());
            app.MapBillingEndpoints(app.Services.GetRequiredService<IdempotencyFilter>(), app.Services.GetRequiredService<FaultFilter>());
            app.MapCashReceiptEndpoints(app.Services.GetRequiredService<IdempotencyFilter>(), app.Services.GetRequiredService<FaultFilter>());
            app.MapBillingKeyInEndpoints(app.Services.GetRequiredService<IdempotencyFilter>(), app.Services.GetRequiredService<FaultFilter>());
            app.MapSandboxEndpoints();
            app.MapFallback((HttpContext context) => context.Answer(ApiError.Of("NOT_FOUND_HTTP_METHOD")));
            return app;
        }

        /// <summary>Stops the sandbox.</summary>
        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
