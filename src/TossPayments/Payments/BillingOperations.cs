using System;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;
using TossPayments.Json;
using TossPayments.Models;

namespace TossPayments.Payments
{
    /// <summary>Billing (auto-pay, API notes §10): issue a billing key, then charge it each period.</summary>
    public sealed class BillingOperations
    {
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
                var call = ApiCall.Post("v1/billing/" + Uri.EscapeDataString(billingKey), request, TossJsonContext.Wire.BillingChargeRequest, key, options,
                    shownPath: "v1/billing/" + BillingKeys.Mask(billingKey));
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

        private Task<Payment> LookUpOrderAsync(string orderId, TossRequestOptions options, CancellationToken cancellationToken) =>
            _transport.SendAsync(ApiCall.Get("v1/payments/orders/" + Uri.EscapeDataString(orderId), options), TossJsonContext.Wire.Payment, cancellationToken);
    }
}
