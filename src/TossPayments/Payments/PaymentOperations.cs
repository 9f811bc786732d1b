using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>The payment endpoints: look up, confirm, cancel (API notes §2) and issue a virtual account (§7).</summary>
    public sealed class PaymentOperations
    {
        private readonly ApiTransport _transport;
        private readonly SamePaymentPacer _pacer = new SamePaymentPacer();

        internal PaymentOperations(ApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary><c>GET /v1/payments/{paymentKey}</c>: a payment by its key.</summary>
        /// <exception cref="TossPaymentsValidationException">The key breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsNotFoundException">There is no such payment.</exception>
        public Task<Payment> GetAsync(string paymentKey, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.PaymentKey(paymentKey);
            return _transport.SendAsync(ApiCall.Get("v1/payments/" + Uri.EscapeDataString(paymentKey), options), TossJsonContext.Wire.Payment, cancellationToken);
        }

        /// <summary><c>GET /v1/payments/orders/{orderId}</c>: a payment by the merchant's order id.</summary>
        /// <exception cref="TossPaymentsValidationException">The order id is empty, has white space, or could address another path; nothing was sent. Older order ids that break today's creation rule are looked up.</exception>
        /// <exception cref="TossPaymentsNotFoundException">There is no payment for the order.</exception>
        public Task<Payment> GetByOrderIdAsync(string orderId, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            RequestValidator.OrderIdToLookUp(orderId);
            return _transport.SendAsync(ApiCall.Get("v1/payments/orders/" + Uri.EscapeDataString(orderId), options), TossJsonContext.Wire.Payment, cancellationToken);
        }

        /// <summary>
        /// <c>POST /v1/payments/confirm</c>: approve an authenticated payment. Sends an
        /// <c>Idempotency-Key</c>: the caller's, or a new one reused on every retry. Changes of one
        /// payment are spaced by <see cref="RetryPolicy.SamePaymentInterval"/>.
        /// </summary>
        /// <returns>The approved payment (DONE, or WAITING_FOR_DEPOSIT for a virtual account).</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is about another payment, order or amount.</exception>
        public Task<Payment> ConfirmAsync(ConfirmPaymentRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate();
            var key = IdempotencyKeyFor(options);
            return _pacer.RunAsync(request.PaymentKey, async () =>
            {
                try
                {
                    var call = ApiCall.Post("v1/payments/confirm", request, TossJsonContext.Wire.ConfirmPaymentRequest, key, options);
                    var answer = await _transport.SendAsync(call, TossJsonContext.Wire.Payment, cancellationToken).ConfigureAwait(false);
                    return AnswerCheck.Confirm(request, answer, key);
                }
                catch (TossPaymentsApiException replayed) when (replayed.ServerErrorRepeated)
                {
                    // A payment is confirmed once: approved with this order and amount means done.
                    return await SettleReplayAsync(replayed, () => GetAsync(request.PaymentKey, new TossRequestOptions { Log = options?.Log }, cancellationToken),
                        found => found.Status is PaymentStatus.DONE or PaymentStatus.WAITING_FOR_DEPOSIT && found.OrderId == request.OrderId && found.TotalAmount == request.Amount, options)
                        .ConfigureAwait(false);
                }
            }, cancellationToken);
        }

        /// <summary>
        /// <c>POST /v1/payments/{paymentKey}/cancel</c>: cancel the whole balance, or part of it.
        /// Sends an <c>Idempotency-Key</c>: the caller's, or a new one reused on every retry.
        /// Changes of one payment are spaced by <see cref="RetryPolicy.SamePaymentInterval"/>.
        /// </summary>
        /// <returns>The payment after the cancel, with the new element in <see cref="Payment.Cancels"/>.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is about another payment, or does not show the cancel asked for.</exception>
        public Task<Payment> CancelAsync(string paymentKey, CancelPaymentRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate(paymentKey);
            var key = IdempotencyKeyFor(options);
            return _pacer.RunAsync(paymentKey, async () =>
            {
                var sentAt = DateTimeOffset.UtcNow;
                try
                {
                    var call = ApiCall.Post("v1/payments/" + Uri.EscapeDataString(paymentKey) + "/cancel", request, TossJsonContext.Wire.CancelPaymentRequest, key, options);
                    var answer = await _transport.SendAsync(call, TossJsonContext.Wire.Payment, cancellationToken).ConfigureAwait(false);
                    return AnswerCheck.Cancel(paymentKey, request, answer, key);
                }
                catch (TossPaymentsApiException replayed) when (replayed.ServerErrorRepeated)
                {
                    // Made by this call: a cancel of this amount and reason since it was first sent (with a minute for clocks apart).
                    return await SettleReplayAsync(replayed, () => GetAsync(paymentKey, new TossRequestOptions { Log = options?.Log }, cancellationToken),
                        found => found.Cancels?.Any(c => c.CanceledAt >= sentAt.AddMinutes(-1) && c.CancelReason == request.CancelReason
                            && (request.CancelAmount is not decimal amount || c.CancelAmount == amount)) == true, options)
                        .ConfigureAwait(false);
                }
            }, cancellationToken);
        }

        /// <summary>
        /// <c>POST /v1/virtual-accounts</c>: issue a virtual account for a new order (API notes §7).
        /// Sends an <c>Idempotency-Key</c>: the caller's, or a new one reused on every retry.
        /// </summary>
        /// <returns>The payment, WAITING_FOR_DEPOSIT, with its account and the <see cref="Payment.Secret"/> its deposit callbacks carry: store it.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is about another order or amount.</exception>
        public async Task<Payment> IssueVirtualAccountAsync(IssueVirtualAccountRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate();
            var key = IdempotencyKeyFor(options);
            try
            {
                var call = ApiCall.Post("v1/virtual-accounts", request, TossJsonContext.Wire.IssueVirtualAccountRequest, key, options);
                var answer = await _transport.SendAsync(call, TossJsonContext.Wire.Payment, cancellationToken).ConfigureAwait(false);
                return AnswerCheck.IssueVirtualAccount(request, answer, key);
            }
            catch (TossPaymentsApiException replayed) when (replayed.ServerErrorRepeated)
            {
                // An order id is issued once: an account for this order and amount means done.
                return await SettleReplayAsync(replayed, () => GetByOrderIdAsync(request.OrderId, new TossRequestOptions { Log = options?.Log }, cancellationToken),
                    found => found.VirtualAccount is not null && found.TotalAmount == request.Amount, options).ConfigureAwait(false);
            }
        }

        // The key keeps answering the same server error: the payment, looked up, says whether the
        // change was made. Made: the looked-up payment is the answer. Not made: the key is spent,
        // and the error says to send the change again with a new one. No lookup: the first error stands.
        internal static async Task<Payment> SettleReplayAsync(TossPaymentsApiException replayed, Func<Task<Payment>> lookUp, Func<Payment, bool> showsTheChange, TossRequestOptions? options)
        {
            Payment found;
            try
            {
                found = await lookUp().ConfigureAwait(false);
            }
            catch (TossPaymentsException)
            {
                throw replayed;
            }

            if (showsTheChange(found))
            {
                options?.Log?.Invoke($"Idempotency-Key '{replayed.IdempotencyKey}' kept answering {replayed.StatusCode} {replayed.Code}; the payment, looked up, shows the change made.");
                return found;
            }

            throw new TossPaymentsKeyReplaysErrorException(replayed, found);
        }

        // One key per logical operation: random, so two equal partial cancels are never mistaken for one.
        internal static string IdempotencyKeyFor(TossRequestOptions? options)
        {
            return options?.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        }
    }
}
