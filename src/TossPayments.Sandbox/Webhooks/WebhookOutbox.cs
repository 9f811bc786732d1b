using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Webhooks
{
    /// <summary>
    /// The sandbox's webhooks (API notes §9): subscriptions, the deliveries of every event, sent
    /// as POSTs with the API's headers, and retried on anything but 200 at 1, 4, 16, 64, 256, 1024
    /// and 4096 minutes on the sandbox clock (moving the clock on sends the retries that fall due),
    /// then given up. Payout events are signed with the configured payouts security key.
    /// </summary>
    public sealed class WebhookOutbox : BackgroundService
    {
        /// <summary>The minutes after each failure at which the API tries again.</summary>
        public static readonly int[] RetryMinutes = [1, 4, 16, 64, 256, 1024, 4096];

        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);
        private static readonly TimeSpan SweepInterval = TimeSpan.FromMilliseconds(250);
        private readonly SandboxClock _clock;
        private readonly SandboxOptions _options;
        private readonly ConcurrentQueue<WebhookDelivery> _log = new();
        private readonly ConcurrentDictionary<Uri, byte> _subscribers = new();
        private readonly PaymentStore _store;
        private readonly BillingRegistry _billing;
        private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

        /// <summary>
        /// Sends the events of <paramref name="store"/>'s changes and of <paramref name="billing"/>'s
        /// removals to the subscribers in <paramref name="options"/> and those added later.
        /// </summary>
        public WebhookOutbox(PaymentStore store, BillingRegistry billing, SandboxClock clock, SandboxOptions options)
        {
            _store = store;
            _billing = billing;
            _clock = clock;
            _options = options;
            foreach (var url in options.WebhookUrls)
            {
                Subscribe(url);
            }

            store.Changed += Publish;
            billing.Removed += PublishBillingDeleted;
        }

        /// <summary>Where events go.</summary>
        public IReadOnlyList<Uri> Subscribers => _subscribers.Keys.OrderBy(u => u.ToString(), StringComparer.Ordinal).ToArray();

        /// <summary>Every delivery, oldest first.</summary>
        public IReadOnlyList<WebhookDelivery> Deliveries => _log.ToArray();

        /// <summary>Adds a subscriber: an absolute http or https address.</summary>
        /// <exception cref="ArgumentException">It is not one.</exception>
        public void Subscribe(Uri url)
        {
            if (!IsSubscriberAddress(url))
            {
                throw new ArgumentException($"'{url}' is not an absolute http or https address.", nameof(url));
            }

            _subscribers.TryAdd(url, 0);
        }

        /// <summary>Whether <paramref name="url"/> can take deliveries: an absolute http or https address.</summary>
        public static bool IsSubscriberAddress(Uri url) => url.IsAbsoluteUri && url.Scheme is "http" or "https";

        /// <summary>Sends a payout.changed event, signed with the payouts security key.</summary>
        /// <exception cref="InvalidOperationException">No payouts security key is configured.</exception>
        public void PublishPayout(string payoutId, string status)
        {
            if (_options.PayoutSecurityKey is null)
            {
                throw new InvalidOperationException("The sandbox has no payouts security key (--payout-security-key): it cannot sign payout events.");
            }

            Enqueue(WebhookEvents.PayoutChanged, WebhookEvents.Payout(payoutId, status, _clock.GetUtcNow()));
        }

        /// <inheritdoc />
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var swept = DateTimeOffset.MinValue;
            while (!stoppingToken.IsCancellationRequested)
            {
                // Expiries nobody reads happen here, when someone listens for them; a sweep of every
                // payment is not worth more than a few times a second.
                if (!_subscribers.IsEmpty && DateTimeOffset.UtcNow - swept > SweepInterval)
                {
                    _store.CatchUpAll(_clock.KoreaNow);
                    swept = DateTimeOffset.UtcNow;
                }

                foreach (var delivery in _log.Where(d => d.DueAt is { } due && due <= _clock.GetUtcNow()))
                {
                    await SendAsync(delivery, stoppingToken).ConfigureAwait(false);
                }

                try
                {
                    await Task.Delay(Tick, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }

        /// <inheritdoc />
        public override void Dispose()
        {
            _store.Changed -= Publish;
            _billing.Removed -= PublishBillingDeleted;
            _http.Dispose();
            base.Dispose();
        }

        // Called with the payment's lock held: the bodies are made now, as the payment is.
        private void Publish(SandboxPayment payment, DateTimeOffset now)
        {
            if (_subscribers.IsEmpty)
            {
                return;
            }

            foreach (var (eventType, body) in WebhookEvents.For(payment, now))
            {
                Enqueue(eventType, body);
            }
        }

        private void PublishBillingDeleted(BillingKey key, DateTimeOffset now)
        {
            if (!_subscribers.IsEmpty)
            {
                Enqueue(WebhookEvents.BillingDeleted, WebhookEvents.BillingKeyDeleted(key.Key, now));
            }
        }

        private void Enqueue(string eventType, byte[] body)
        {
            var id = "whtrans_" + Guid.NewGuid().ToString("N")[..24];
            foreach (var url in Subscribers)
            {
                _log.Enqueue(new WebhookDelivery(id, eventType, url, body, _clock.GetUtcNow()));
            }
        }

        private async Task SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
        {
            var retried = delivery.AttemptCount;
            var sentAt = _clock.KoreaNow;
            var time = sentAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(delivery.Body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            request.Headers.Add("tosspayments-webhook-transmission-id", delivery.TransmissionId);
            request.Headers.Add("tosspayments-webhook-transmission-time", time);
            request.Headers.Add("tosspayments-webhook-transmission-retried-count", retried.ToString(CultureInfo.InvariantCulture));
            if (delivery.EventType == WebhookEvents.PayoutChanged && _options.PayoutSecurityKey is { } key)
            {
                request.Headers.Add("tosspayments-webhook-signature", "v1:" + Convert.ToBase64String(
                    HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(delivery.Body) + ":" + time))));
            }

            int status;
            try
            {
                using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                status = 0;
            }

            delivery.Add(new WebhookAttempt(sentAt, retried, status));
            if (status == 200)
            {
                delivery.State = "Delivered";
                delivery.DueAt = null;
            }
            else if (retried < RetryMinutes.Length)
            {
                delivery.DueAt = _clock.GetUtcNow().AddMinutes(RetryMinutes[retried]);
            }
            else
            {
                delivery.State = "Failed";
                delivery.DueAt = null;
            }
        }
    }
}
