using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>What was verified of a delivery, and how.</summary>
    public sealed class WebhookVerification
    {
        internal WebhookVerification(TossWebhookEvent webhookEvent, WebhookCheck check, string detail, Payment? payment)
        {
            Event = webhookEvent;
            Check = check;
            Detail = detail;
            Payment = payment;
        }

        /// <summary>The event.</summary>
        public TossWebhookEvent Event { get; }

        /// <summary>Whether the event is shown to come from TossPayments (or, for a looked-up payment, to agree with it).</summary>
        public bool IsVerified => Check != WebhookCheck.None;

        /// <summary>How it was verified.</summary>
        public WebhookCheck Check { get; }

        /// <summary>What was checked, in a sentence.</summary>
        public string Detail { get; }

        /// <summary>The payment as looked up when it was: act on this, not on the event's copy.</summary>
        public Payment? Payment { get; }
    }
}
