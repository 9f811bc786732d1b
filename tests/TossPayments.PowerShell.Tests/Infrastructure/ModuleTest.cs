using System;
using System.Linq;
using System.Threading.Tasks;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>A sandbox and a session with the module imported and connected to it, fresh for every test.</summary>
    public abstract class ModuleTest : IAsyncLifetime
    {
        private SandboxServer? _sandbox;

        protected ModuleSession Session { get; } = new();

        protected SandboxServer Sandbox => _sandbox ?? throw new InvalidOperationException("The sandbox is not started.");

        /// <summary>How many confirms and cancels reached the sandbox.</summary>
        protected int PostsReceived => Sandbox.Requests.Entries.Count(e => e.Method == "POST");

        /// <summary>The sandbox each test gets.</summary>
        protected virtual SandboxOptions SandboxOptions => new() { Seed = 11, Payments = 60, LogRequests = false };

        /// <summary>Extra Connect-TossPayments parameters; by default no retries, so each call is one request.</summary>
        protected virtual string ConnectParameters => "-MaximumRetryCount 0";

        public async Task InitializeAsync()
        {
            _sandbox = await SandboxServer.StartAsync(SandboxOptions);
            Session.Connect(Sandbox.BaseAddress, parameters: ConnectParameters);
        }

        public virtual async Task DisposeAsync()
        {
            Session.Dispose();
            if (_sandbox is not null)
            {
                await _sandbox.DisposeAsync();
            }
        }

        protected SandboxPayment[] DoneCards(int count) =>
            Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel && p.TaxFreeAmount == 0).Take(count).ToArray();
    }
}
