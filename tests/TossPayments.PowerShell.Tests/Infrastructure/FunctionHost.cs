using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TossPayments.PowerShell.Tests.Infrastructure
{
    /// <summary>
    /// An Azure Functions HTTP trigger hosted for tests, on loopback: each POST runs the function's
    /// run.ps1 in its own connected session, with <c>$Request</c> shaped as the Functions worker
    /// shapes it (a parsed <c>Body</c>, the <c>RawBody</c>, lower-case <c>Headers</c>), and is
    /// answered with the status the script pushes to its Response binding.
    /// </summary>
    public sealed class FunctionHost : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly ModuleSession _session;

        private FunctionHost(WebApplication app, ModuleSession session)
        {
            _app = app;
            _session = session;
            Url = new Uri(app.Urls.First().TrimEnd('/') + "/api/TossWebhook");
        }

        public Uri Url { get; }

        /// <summary>The warnings the function wrote, in order.</summary>
        public List<string> Warnings { get; } = new();

        public static async Task<FunctionHost> StartAsync(string runScript, Uri sandbox, IDictionary<string, string> environment)
        {
            var session = new ModuleSession();
            session.Connect(sandbox);
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            FunctionHost? host = null;
            app.MapPost("/api/TossWebhook", async context =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                var raw = await reader.ReadToEndAsync();
                context.Response.StatusCode = host!.Invoke(runScript, raw, context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()), environment);
            });
            await app.StartAsync();
            host = new FunctionHost(app, session);
            return host;
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _session.Dispose();
        }

        private int Invoke(string runScript, string raw, Dictionary<string, string> headers, IDictionary<string, string> environment)
        {
            var request = new PSObject();
            request.Properties.Add(new PSNoteProperty("Body", new Hashtable { ["parsed"] = "by the worker" }));
            request.Properties.Add(new PSNoteProperty("RawBody", raw));
            request.Properties.Add(new PSNoteProperty("Headers", new Hashtable(headers)));
            lock (_session)
            {
                foreach (var (name, value) in environment)
                {
                    Environment.SetEnvironmentVariable(name, value);
                }

                var result = _session.Run(
                    "function Push-OutputBinding($Name, $Value) { $global:FunctionResponse = $Value }; & $run -Request $request -TriggerMetadata @{}; $global:FunctionResponse.StatusCode",
                    variables: new Dictionary<string, object?> { ["run"] = runScript, ["request"] = request });
                result.AssertNoErrors();
                Warnings.AddRange(result.Warnings);
                return Convert.ToInt32(result.Output.Last().BaseObject, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}

/// <summary>The Azure Functions worker's HTTP response type, as run.ps1 names it ([HttpResponseContext]).</summary>
public sealed class HttpResponseContext
{
    public object? StatusCode { get; set; }

    public object? Body { get; set; }
}
