using System;
using System.Globalization;

namespace TossPayments.Models
{
    /// <summary>
    /// A billing key removed (<c>DELETE /v1/billing/{billingKey}</c>, API notes §10). The API answers
    /// a removal with an empty body, so this is what the client knows of it: which key, shown only
    /// by its first characters (the whole key is the caller's own input, and a secret until it is
    /// gone), when the removal was confirmed, and whether an attempt whose answer was lost made it.
    /// </summary>
    public sealed class BillingKeyRemoval
    {
        internal BillingKeyRemoval(string billingKey, DateTimeOffset removedAt, bool confirmedByRetry)
        {
            MaskedBillingKey = BillingKeys.Mask(billingKey);
            RemovedAt = removedAt;
            ConfirmedByRetry = confirmedByRetry;
        }

        /// <summary>The key removed, as <see cref="BillingKeys.Mask"/> shows it (<c>Z_t5****</c>).</summary>
        public string MaskedBillingKey { get; }

        /// <summary>
        /// When the removal was confirmed, in Korea time: the arrival of the API's answer by this
        /// machine's clock (the answer carries no time of its own). When <see cref="ConfirmedByRetry"/>,
        /// the key was removed a little earlier, by the attempt whose answer was lost.
        /// </summary>
        public DateTimeOffset RemovedAt { get; }

        /// <summary>
        /// True when an attempt got no answer and a retry was answered <c>ALREADY_REMOVED_BILLING_KEY</c>
        /// (<see cref="Payments.BillingOperations.AlreadyRemovedCode"/>): the key is gone, removed by
        /// the unanswered attempt (or, what the API cannot tell apart, by another request just before).
        /// </summary>
        public bool ConfirmedByRetry { get; }

        /// <summary>The masked key and when, for logs; never the whole key.</summary>
        public override string ToString() =>
            $"billing key {MaskedBillingKey} removed at {RemovedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)}" +
            (ConfirmedByRetry ? " (by an attempt whose answer was lost; a retry found it removed)" : "");
    }
}
