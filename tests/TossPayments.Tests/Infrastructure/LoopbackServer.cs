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

        /// <summary>The body of the last request, as it was sent.</summary>
        public string? LastBody { get; private set; }

        /// <summary>A server that keeps each request's body (<see cref="LastBody"/>) and refuses it with 400 INVALID_REQUEST: to see what a client sends.</summary>
        public static async Task<LoopbackServer> RecordingBodiesAsync()
        {
            LoopbackServer? server = null;
            server = await StartAsync(async context =>
            {
                using var reader = new System.IO.StreamReader(context.Request.Body);
                server!.LastBody = await reader.ReadToEndAsync();
                context.Response.StatusCode = 400;
                await context.Response.WriteAsync("""{"code":"INVALID_REQUEST","message":"stop here"}""");
            });
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

        /// <summary>
        /// A list endpoint that gives <paramref name="firstPage"/> to a request without a cursor and
        /// refuses every cursor with 400 <paramref name="code"/>, as the API has been seen to refuse
        /// the paging key it handed out itself.
        /// </summary>
        public static Task<LoopbackServer> RefusingItsPagingKeyAsync(string firstPage, string code) =>
            StartAsync(async context =>
            {
                var hasCursor = context.Request.Query.ContainsKey("startingAfter") || context.Request.Query.ContainsKey("cursor");
                context.Response.StatusCode = hasCursor ? 400 : 200;
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(hasCursor ? $$"""{"code":"{{code}}","message":"잘못된 페이징 키 입니다."}""" : firstPage);
            });

        /// <summary>One transaction, as the API writes it, for a page of <see cref="RefusingItsPagingKeyAsync"/>.</summary>
        public const string OneTransactionPage =
            """[{"mId":"tosspayments","transactionKey":"txrd_a01jq71h2m1gaa9g678kr6afs0g","paymentKey":"tsbx20261102090017","orderId":"ORDER-000001","method":"카드","customerKey":null,"useEscrow":false,"receiptUrl":null,"status":"DONE","transactionAt":"2026-11-02T09:00:17+09:00","currency":"KRW","amount":15000}]""";

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
