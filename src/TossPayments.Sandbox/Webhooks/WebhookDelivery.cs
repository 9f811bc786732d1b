using System;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Webhooks
{
    /// <summary>One event on its way to one subscriber, with every attempt made.</summary>
    public sealed class WebhookDelivery
    {
        private readonly List<WebhookAttempt> _attempts = new();

        internal WebhookDelivery(string transmissionId, string eventType, Uri url, byte[] body, DateTimeOffset dueAt)
        {
            TransmissionId = transmissionId;
            EventType = eventType;
            Url = url;
            Body = body;
            DueAt = dueAt;
        }

        /// <summary>The transmission id, the same on every retry.</summary>
        public string TransmissionId { get; }

        /// <summary>The event type (DEPOSIT_CALLBACK for the flat deposit event).</summary>
        public string EventType { get; }

        /// <summary>Where it goes.</summary>
        public Uri Url { get; }

        /// <summary>The body, the same on every retry.</summary>
        public byte[] Body { get; }

        /// <summary>Pending (an attempt due at <see cref="DueAt"/>), Delivered (answered 200) or Failed (8 attempts, none 200).</summary>
        public string State { get; internal set; } = "Pending";

        /// <summary>When the next attempt is due, on the sandbox clock; null once delivered or failed.</summary>
        public DateTimeOffset? DueAt { get; internal set; }

        /// <summary>The attempts made, first to last.</summary>
        public IReadOnlyList<WebhookAttempt> Attempts
        {
            get
            {
                lock (_attempts)
                {
                    return _attempts.ToArray();
                }
            }
        }

        internal int AttemptCount
        {
            get
            {
                lock (_attempts)
                {
                    return _attempts.Count;
                }
            }
        }

        internal void Add(WebhookAttempt attempt)
        {
            lock (_attempts)
            {
                _attempts.Add(attempt);
            }
        }
    }

    /// <summary>One attempt to deliver: when (sandbox clock), as which retry, and the receiver's answer (0 when none came).</summary>
    /// <param name="At">When it was sent.</param>
    /// <param name="RetriedCount">The retried-count header it carried.</param>
    /// <param name="Status">The HTTP status the receiver answered; 0 for no answer.</param>
    public sealed record WebhookAttempt(DateTimeOffset At, int RetriedCount, int Status);
}
