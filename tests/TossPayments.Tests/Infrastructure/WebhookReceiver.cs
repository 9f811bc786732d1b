using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Webhooks;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>
    /// A webhook receiver on loopback: keeps every delivery (raw body and headers) and answers
    /// each with the status <see cref="Answer"/> chooses (200 unless told otherwise).
    /// </summary>
    public sealed class WebhookReceiver : IAsyncDisposable
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
        private readonly ConcurrentQueue<Received> _received = new();
        private LoopbackServer? _server;

        public Uri Url => new(_server!.BaseAddress, "toss/webhooks");

        /// <summary>The status to answer a delivery with.</summary>
        public Func<Received, int> Answer { get; set; } = _ => 200;

        public IReadOnlyList<Received> All => _received.ToArray();

        public static async Task<WebhookReceiver> StartAsync()
        {
            var receiver = new WebhookReceiver();
            receiver._server = await LoopbackServer.StartAsync(async context =>
            {
                using var body = new MemoryStream();
                await context.Request.Body.CopyToAsync(body);
                var headers = context.Request.Headers.ToDictionary(h => h.Key, h => (string?)h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
                var received = new Received(context.Request.Path, body.ToArray(), headers);
                receiver._received.Enqueue(received);
                context.Response.StatusCode = receiver.Answer(received);
            });
            return receiver;
        }

        /// <summary>Waits until <paramref name="count"/> deliveries match, and returns them in arrival order.</summary>
        public async Task<Received[]> WaitForAsync(Func<Received, bool> match, int count = 1)
        {
            using var deadline = new CancellationTokenSource(Patience);
            while (true)
            {
                var found = _received.Where(match).ToArray();
                if (found.Length >= count)
                {
                    return found;
                }

                if (deadline.IsCancellationRequested)
                {
                    throw new TimeoutException($"{found.Length} of {count} deliveries arrived; all received: " + string.Join(" | ", _received.Select(r => r.Text)));
                }

                await Task.Delay(10);
            }
        }

        public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

        /// <summary>One delivery as received.</summary>
        public sealed record Received(string Path, byte[] Body, IReadOnlyDictionary<string, string?> Headers)
        {
            public string Text => System.Text.Encoding.UTF8.GetString(Body);

            public TossWebhookEvent Event => TossWebhook.Parse(Body, WebhookDelivery.FromHeaders(Headers));

            public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
        }
    }
}
