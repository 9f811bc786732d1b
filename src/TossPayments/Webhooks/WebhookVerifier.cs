using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Models;

namespace TossPayments.Webhooks
{
    /// <summary>
    /// Verifies deliveries the way each event type allows (API notes §9): a deposit callback by its
    /// secret, a payment event by looking the payment up (and its secret, when it carries one), a
    /// payout or seller event by its signature within a time window. Payment events are never
    /// "verified" by a signature: they carry none. A transmission id is accepted once.
    /// </summary>
    public sealed class WebhookVerifier
    {
        private readonly WebhookVerifierOptions _options;

        /// <summary>Creates a verifier.</summary>
        public WebhookVerifier(WebhookVerifierOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        /// <summary>Verifies <paramref name="webhookEvent"/>.</summary>
        /// <param name="webhookEvent">The event, from <see cref="TossWebhook.Parse(byte[], WebhookDelivery)"/>.</param>
        /// <param name="paymentSecret">The payment's secret as stored from its confirm or issue, when at hand; otherwise the payment is looked up.</param>
        /// <param name="cancellationToken">Stops a lookup.</param>
        /// <returns>What was verified and how; <see cref="WebhookVerification.IsVerified"/> is false for event types that carry nothing to verify.</returns>
        /// <exception cref="TossWebhookException">Forged, stale, replayed, or not verifiable with what the options hold.</exception>
        /// <exception cref="TossPaymentsException">A lookup failed for another reason (network, authentication): nothing is known yet.</exception>
        public async Task<WebhookVerification> VerifyAsync(TossWebhookEvent webhookEvent, string? paymentSecret = null, CancellationToken cancellationToken = default)
        {
            if (webhookEvent is null)
            {
                throw new ArgumentNullException(nameof(webhookEvent));
            }

            var id = webhookEvent.Delivery.TransmissionId;
            if (id is not null && _options.Deliveries.Contains(id))
            {
                throw Replayed(webhookEvent);
            }

            var verification = webhookEvent switch
            {
                DepositCallbackEvent deposit => await DepositAsync(deposit, paymentSecret, cancellationToken).ConfigureAwait(false),
                PaymentStatusChangedEvent payment => await PaymentAsync(payment, paymentSecret, cancellationToken).ConfigureAwait(false),
                SignedWebhookEvent signed => Signed(signed),
                CancelStatusChangedEvent => Unverifiable(webhookEvent, "CANCEL_STATUS_CHANGED is unsigned and names no payment to look up: check the payment before acting."),
                BillingDeletedEvent => Unverifiable(webhookEvent, "BILLING_DELETED is unsigned and no endpoint shows a billing key's state: treat it as a hint."),
                _ => Unverifiable(webhookEvent, $"{webhookEvent.EventType} is an event type this version does not know: nothing was verified."),
            };

            if (verification.IsVerified && id is not null && !_options.Deliveries.TryRecord(id, _options.Clock.GetUtcNow()))
            {
                throw Replayed(webhookEvent);
            }

            return verification;
        }

        private async Task<WebhookVerification> DepositAsync(DepositCallbackEvent deposit, string? paymentSecret, CancellationToken cancellationToken)
        {
            if (paymentSecret is null && _options.Client is null)
            {
                throw CannotVerify(deposit, "A deposit callback is verified by the payment's secret: give the secret stored from its confirm or issue, or a client to look the payment up.");
            }

            var found = _options.Client is null ? null : await LookUpAsync(deposit, () => _options.Client.Payments.GetByOrderIdAsync(deposit.OrderId, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var reference = paymentSecret ?? found?.Secret
                ?? throw Forged(deposit, $"The payment of order {deposit.OrderId} has no secret: it is not a virtual-account payment, so no deposit callback is about it.");
            if (!SameSecret(deposit.Secret, reference))
            {
                throw Forged(deposit, $"The deposit callback's secret is not the secret of the payment of order {deposit.OrderId}.");
            }

            return found is null
                ? new WebhookVerification(deposit, WebhookCheck.Secret, $"The secret matches the payment's; the event says {deposit.RawStatus}.", null)
                : new WebhookVerification(deposit, WebhookCheck.SecretAndLookedUp, $"The secret matches the payment's; the event says {deposit.RawStatus}, the payment, looked up, is {found.RawStatus}.", found);
        }

        private async Task<WebhookVerification> PaymentAsync(PaymentStatusChangedEvent changed, string? paymentSecret, CancellationToken cancellationToken)
        {
            var claimed = changed.Data;
            if (paymentSecret is not null && !SameSecret(claimed.Secret, paymentSecret))
            {
                throw Forged(changed, $"The event's data.secret is not the secret of payment {claimed.PaymentKey}.");
            }

            if (_options.Client is null)
            {
                return paymentSecret is not null
                    ? new WebhookVerification(changed, WebhookCheck.Secret, $"data.secret matches the payment's; the event says {claimed.RawStatus}.", null)
                    : throw CannotVerify(changed, "A payment event is unsigned: it is verified by looking the payment up (give a client), or by data.secret for a virtual account (give the payment's secret).");
            }

            var found = await LookUpAsync(changed, () => _options.Client.Payments.GetAsync(claimed.PaymentKey, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (found.OrderId != claimed.OrderId)
            {
                throw Forged(changed, $"Payment {claimed.PaymentKey} belongs to order {found.OrderId}, not to the event's order {claimed.OrderId}.");
            }

            if (found.Secret is not null && claimed.Secret is not null && !SameSecret(claimed.Secret, found.Secret))
            {
                throw Forged(changed, $"The event's data.secret is not the secret of payment {claimed.PaymentKey}.");
            }

            var status = found.RawStatus == claimed.RawStatus
                ? $"the payment, looked up, is {found.RawStatus} as the event says"
                : $"the event says {claimed.RawStatus}, the payment, looked up, is now {found.RawStatus}: act on the looked-up payment";
            return new WebhookVerification(changed, paymentSecret is null ? WebhookCheck.LookedUp : WebhookCheck.SecretAndLookedUp,
                char.ToUpperInvariant(status[0]) + status.Substring(1) + ".", found);
        }

        private WebhookVerification Signed(SignedWebhookEvent signed)
        {
            var key = _options.PayoutSecurityKey
                ?? throw CannotVerify(signed, $"{signed.EventType} is verified by its signature: give the payouts security key.");
            var delivery = signed.Delivery;
            if (delivery.Signature is null || delivery.RawTransmissionTime is null || delivery.TransmissionTime is not { } sentAt)
            {
                throw Forged(signed, $"{signed.EventType} came without its signature or transmission time: TossPayments signs every one.");
            }

            var now = _options.Clock.GetUtcNow();
            if ((now - sentAt).Duration() > _options.SignatureTolerance)
            {
                throw new TossWebhookException(TossWebhookFailure.Stale,
                    $"{signed.EventType} was sent at {delivery.RawTransmissionTime}, more than {_options.SignatureTolerance.TotalMinutes:0.#} minutes from now ({now.ToOffset(sentAt.Offset):yyyy-MM-dd'T'HH:mm:sszzz}): a recording replayed, or a clock far off.",
                    delivery.TransmissionId);
            }

            // The raw body and the header as sent (a body parsed and written again does not match); the key as its text (API notes §8j).
            using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(key));
            var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes(signed.Body + ":" + delivery.RawTransmissionTime));
            foreach (var value in delivery.Signature.Split(','))
            {
                var part = value.Trim();
                if (part.StartsWith("v1:", StringComparison.Ordinal) && TryBase64(part.Substring(3), out var given) && CryptographicOperations.FixedTimeEquals(given, expected))
                {
                    return new WebhookVerification(signed, WebhookCheck.Signature, $"The signature matches, and it was sent at {delivery.RawTransmissionTime}, within {_options.SignatureTolerance.TotalMinutes:0.#} minutes of now.", null);
                }
            }

            throw Forged(signed, $"No v1 signature of {signed.EventType} matches its body and transmission time under the payouts security key.");
        }

        private static async Task<Payment> LookUpAsync(TossWebhookEvent webhookEvent, Func<Task<Payment>> lookUp)
        {
            try
            {
                return await lookUp().ConfigureAwait(false);
            }
            catch (TossPaymentsNotFoundException)
            {
                throw Forged(webhookEvent, $"{webhookEvent} is about a payment TossPayments does not have.");
            }
        }

        // Hashed first so that the comparison takes as long whatever the lengths.
        private static bool SameSecret(string? given, string expected) =>
            given is not null && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(given)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

        private static bool TryBase64(string text, out byte[] bytes)
        {
            bytes = new byte[(text.Length * 3 / 4) + 3];
            if (Convert.TryFromBase64String(text, bytes, out var written))
            {
                Array.Resize(ref bytes, written);
                return true;
            }

            return false;
        }

        private static WebhookVerification Unverifiable(TossWebhookEvent webhookEvent, string why) => new WebhookVerification(webhookEvent, WebhookCheck.None, why, null);

        private static TossWebhookException Forged(TossWebhookEvent webhookEvent, string why) =>
            new TossWebhookException(TossWebhookFailure.Forged, why + " The delivery was refused: do not act on it.", webhookEvent.Delivery.TransmissionId);

        private static TossWebhookException CannotVerify(TossWebhookEvent webhookEvent, string why) =>
            new TossWebhookException(TossWebhookFailure.CannotVerify, why, webhookEvent.Delivery.TransmissionId);

        private static TossWebhookException Replayed(TossWebhookEvent webhookEvent) =>
            new TossWebhookException(TossWebhookFailure.Replayed,
                $"Transmission {webhookEvent.Delivery.TransmissionId} was verified before: a retry of a delivery already handled, or a copy. Answer 200 and do not act on it again.",
                webhookEvent.Delivery.TransmissionId);
    }
}
