using System;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Reports;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>Billing (auto-pay, API notes §10): issue a billing key, charge it each period, remove it.</summary>
    public sealed class BillingOperations
    {
        /// <summary>
        /// The code of a removal refused because the key was removed before (API notes §10). Seen
        /// only in third-party code and mocks, as 400; the API's own answer is unconfirmed.
        /// </summary>
        public const string AlreadyRemovedCode = "ALREADY_REMOVED_BILLING_KEY";

        private readonly ApiTransport _transport;

        internal BillingOperations(ApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary><c>POST /v1/billing/authorizations/issue</c>: the billing key for an auth key. Store it with its customer key: it cannot be looked up again.</summary>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        public Task<Billing> IssueKeyAsync(IssueBillingKeyRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate();
            var call = ApiCall.Post("v1/billing/authorizations/issue", request, TossJsonContext.Wire.IssueBillingKeyRequest, PaymentOperations.IdempotencyKeyFor(options), options);
            return _transport.SendAsync(call, TossJsonContext.Wire.Billing, cancellationToken);
        }

        /// <summary>
        /// <c>POST /v1/billing/authorizations/card</c>: the billing key for a card given by its number
        /// ("key-in", API notes §10), with no billing window. Only for merchants whose contract has
        /// it: the API takes no new key-in contracts, and the others are refused (taken to be
        /// <c>NOT_SUPPORTED_METHOD</c>). The merchant verifies the customer's identity itself. Every
        /// value is checked before sending, and no message, log line or <c>ToString()</c> repeats the
        /// card number (at most <c>************1234</c>), its password or the identity number. Sends an
        /// <c>Idempotency-Key</c>: when the outcome is unknown, send the same request with the same
        /// key and the API answers the same billing key. Store the key with its customer key: it cannot
        /// be looked up again. There is no cmdlet for it: card numbers in scripts, CSV files,
        /// transcripts and shell history would be card data to protect (PCI DSS), for a call few
        /// merchants may make; those whose contract has it call this method.
        /// </summary>
        /// <returns>The billing key, its customer and the card, its number masked by the API.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsApiException">
        /// Refused, finally: <c>INVALID_CARD_NUMBER</c>, <c>INVALID_CARD_EXPIRATION</c>, <c>INVALID_CARD_PASSWORD</c>,
        /// <c>INVALID_CARD_IDENTITY</c> (not the owner's birth date or business number), <c>INVALID_BIRTH_DAY_FORMAT</c>,
        /// <c>INVALID_STOPPED_CARD</c>, <c>INVALID_REJECT_CARD</c>, <c>NOT_SUPPORTED_CARD_TYPE</c>, <c>INVALID_EMAIL</c>,
        /// <c>NOT_SUPPORTED_METHOD</c> (no contract), 403 <c>REJECT_CARD_COMPANY</c>, <c>EXCEED_MAX_AUTH_COUNT</c>…
        /// </exception>
        /// <exception cref="TossPaymentsNetworkException">No answer: whether a key was issued is unknown; send the request again with the key the exception names.</exception>
        public Task<Billing> IssueKeyByCardAsync(IssueBillingKeyByCardRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(request);
            request.Validate();
            var call = ApiCall.Post("v1/billing/authorizations/card", request, TossJsonContext.Wire.IssueBillingKeyByCardRequest, PaymentOperations.IdempotencyKeyFor(options), options);
            return _transport.SendAsync(call, TossJsonContext.Wire.Billing, cancellationToken);
        }

        /// <summary>
        /// <c>POST /v1/billing/{billingKey}</c>: charge the key once. Sends an <c>Idempotency-Key</c>:
        /// give one derived from the subscription and period, so that a run repeated after any
        /// failure charges no one twice. Success sends no webhook: the answer is the only signal.
        /// </summary>
        /// <returns>The payment, DONE, of type BILLING.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is about another order or amount.</exception>
        public async Task<Payment> ChargeAsync(string billingKey, BillingChargeRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate(billingKey);
            var key = PaymentOperations.IdempotencyKeyFor(options);
            try
            {
                var call = ApiCall.Post(KeyPath(billingKey), request, TossJsonContext.Wire.BillingChargeRequest, key, options, ShownKeyPath(billingKey));
                var answer = await _transport.SendAsync(call, TossJsonContext.Wire.Payment, cancellationToken).ConfigureAwait(false);
                return AnswerCheck.Charge(request, answer, key);
            }
            catch (TossPaymentsApiException replayed) when (replayed.ServerErrorRepeated)
            {
                // An order id is charged once: a payment of this order and amount means done.
                return await PaymentOperations.SettleReplayAsync(replayed, () => LookUpOrderAsync(request.OrderId, new TossRequestOptions { Log = options?.Log }, cancellationToken),
                    found => found.Status is PaymentStatus.DONE && found.TotalAmount == request.Amount, options).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// <c>DELETE /v1/billing/{billingKey}</c>: remove a billing key, so that it charges no more.
        /// The API reference documents it (200, an empty body, errors as for a charge) while both
        /// billing guides still say a key cannot be deleted, only no longer used (API notes §10):
        /// try it against the test API before relying on it. Sent without an <c>Idempotency-Key</c>
        /// (the API takes one on POSTs only) and retried as it is, which is safe: when an attempt
        /// got no answer and a retry is answered <see cref="AlreadyRemovedCode"/>, that attempt
        /// removed the key, and the removal is a success (<see cref="BillingKeyRemoval.ConfirmedByRetry"/>).
        /// A <c>BILLING_DELETED</c> webhook is expected to follow (the reference's example reason is
        /// <c>삭제 API 요청</c>, "deletion API request"; that it is sent is not stated outright).
        /// </summary>
        /// <returns>The removal: the key masked, when, and whether a retry confirmed it.</returns>
        /// <exception cref="TossPaymentsValidationException">The key breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsApiException">
        /// Refused: <see cref="AlreadyRemovedCode"/> when the key was gone before this call (the first
        /// attempt was answered so), <c>INVALID_BILL_KEY_REQUEST</c> for a key TossPayments does not
        /// know. Both are the sandbox's choices; the API's own codes for them are unconfirmed.
        /// </exception>
        /// <exception cref="TossPaymentsNetworkException">No attempt was answered: whether the key was removed is unknown; remove it again.</exception>
        public async Task<BillingKeyRemoval> DeleteKeyAsync(string billingKey, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.BillingKey(billingKey);
            var call = ApiCall.Delete(KeyPath(billingKey), options, ShownKeyPath(billingKey));
            try
            {
                await _transport.SendAsync(call, cancellationToken).ConfigureAwait(false);
                return new BillingKeyRemoval(billingKey, KoreaNow(), confirmedByRetry: false);
            }
            catch (TossPaymentsApiException gone) when (gone.Code == AlreadyRemovedCode && call.UnansweredAttempts > 0)
            {
                // What is removed stays removed: the attempt whose answer was lost did it.
                options?.Log?.Invoke($"DELETE {gone.RequestPath}: an attempt got no answer and a retry was answered {AlreadyRemovedCode}: the unanswered attempt removed the key.");
                return new BillingKeyRemoval(billingKey, KoreaNow(), confirmedByRetry: true);
            }
        }

        // The key's path, escaped ('=' and all), and as messages and logs show it: masked.
        private static string KeyPath(string billingKey) => "v1/billing/" + Uri.EscapeDataString(billingKey);

        private static string ShownKeyPath(string billingKey) => "v1/billing/" + BillingKeys.Mask(billingKey);

        private static DateTimeOffset KoreaNow() => DateTimeOffset.UtcNow.ToOffset(KoreaTime.Offset);

        private Task<Payment> LookUpOrderAsync(string orderId, TossRequestOptions options, CancellationToken cancellationToken) =>
            _transport.SendAsync(ApiCall.Get("v1/payments/orders/" + Uri.EscapeDataString(orderId), options), TossJsonContext.Wire.Payment, cancellationToken);
    }
}
