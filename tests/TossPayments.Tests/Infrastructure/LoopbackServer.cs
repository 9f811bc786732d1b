using System;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>
    /// A one-route HTTP server on a free loopback port, for answers no API would give: a proxy's
    /// HTML error page, or an answer slower than the client's timeout.
    /// </summary>
    public sealed class LoopbackServer : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private LoopbackServer(WebApplication app)
        {
            _app = app;
            BaseAddress = new Uri(app.Urls.First() + "/");
        }

        public Uri BaseAddress { get; }

        public int Requests { get; private set; }

        public static async Task<LoopbackServer> StartAsync(Func<HttpContext, Task> handle)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            var app = builder.Build();
            LoopbackServer? server = null;
            app.Run(async context =>
            {
                server!.Requests++;
                await handle(context);
            });
            await app.StartAsync();
            server = new LoopbackServer(app);
            return server;
        }

        /// <summary>A server that gives every request the same answer.</summary>
        public static Task<LoopbackServer> AnsweringAsync(int status, string contentType, string body) =>
            StartAsync(async context =>
            {
                context.Response.StatusCode = status;
                context.Response.ContentType = contentType;
                await context.Response.WriteAsync(body);
            });

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
