using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace TossPayments.Benchmarks.Hosting
{
    /// <summary>The sandbox in its own process on a free loopback port, so its work is not counted against the module's.</summary>
    internal sealed class SandboxProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly HttpClient _http;

        private SandboxProcess(Process process, Uri baseAddress)
        {
            _process = process;
            BaseAddress = baseAddress;
            _http = new HttpClient { BaseAddress = baseAddress };
        }

        public Uri BaseAddress { get; }

        /// <summary>Starts <c>dotnet TossPayments.Sandbox.dll --quiet</c> with the given arguments and waits until it answers.</summary>
        public static async Task<SandboxProcess> StartAsync(string arguments)
        {
            var port = FreePort();
            var start = new ProcessStartInfo("dotnet", $"\"{Paths.SandboxAssembly}\" --urls http://127.0.0.1:{port} --quiet {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            var process = Process.Start(start) ?? throw new InvalidOperationException("The sandbox did not start.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("sandbox: " + e.Data); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var sandbox = new SandboxProcess(process, new Uri($"http://127.0.0.1:{port}/"));
            await sandbox.WaitUntilAnsweringAsync();
            return sandbox;
        }

        /// <summary>How many changes of a kind (<c>Cancel</c>, <c>Charge</c>) the sandbox's ledger holds per payment key or order id.</summary>
        /// <param name="kind">The ledger entries' kind.</param>
        /// <param name="by">The entry field to count by: <c>paymentKey</c> or <c>orderId</c>.</param>
        public async Task<Dictionary<string, int>> CountChangesAsync(string kind, string by)
        {
            using var response = await _http.GetAsync("sandbox/ledger");
            response.EnsureSuccessStatusCode();
            var ledger = JsonSerializer.Deserialize<JsonElement[]>(await response.Content.ReadAsStringAsync()) ?? [];
            return ledger.Where(e => e.GetProperty("kind").GetString() == kind)
                .GroupBy(e => e.GetProperty(by).GetString()!)
                .ToDictionary(g => g.Key, g => g.Count());
        }

        /// <summary>How many requests the sandbox received.</summary>
        public async Task<long> RequestCountAsync()
        {
            using var document = JsonDocument.Parse(await _http.GetStringAsync("sandbox/requests"));
            return document.RootElement.GetProperty("count").GetInt64();
        }

        public async ValueTask DisposeAsync()
        {
            _http.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
        }

        private async Task WaitUntilAnsweringAsync()
        {
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (true)
            {
                try
                {
                    using var response = await _http.GetAsync("sandbox/requests", deadline.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(100, deadline.Token);
                }
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
