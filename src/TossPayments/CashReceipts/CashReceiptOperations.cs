using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TossPayments.Http;
using TossPayments.Json;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Reports;

namespace TossPayments.CashReceipts
{
    /// <summary>
    /// Cash receipts (API notes §11): issue one, cancel it whole or in part, list a day's issues
    /// and cancels. Receipts cannot be looked up one by one: keep each one's key. An issue or
    /// cancel whose answer was lost is reported with its idempotency key, outcome unknown: send it
    /// again with that key, or list the day's receipts (§11e).
    /// </summary>
    public sealed class CashReceiptOperations
    {
        private const string Path = "v1/cash-receipts";
        private readonly ApiTransport _transport;

        internal CashReceiptOperations(ApiTransport transport)
        {
            _transport = transport;
        }

        /// <summary>
        /// <c>POST /v1/cash-receipts</c>: issue a receipt. Sends an <c>Idempotency-Key</c>: the
        /// caller's, or a new one reused on every retry.
        /// </summary>
        /// <returns>The receipt, <c>IN_PROGRESS</c> until the National Tax Service's result a day or two later: store its <see cref="CashReceipt.ReceiptKey"/>.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is about another order or amount, or is not an issue.</exception>
        public async Task<CashReceipt> IssueAsync(IssueCashReceiptRequest request, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request.Validate();
            var key = PaymentOperations.IdempotencyKeyFor(options);
            var call = ApiCall.Post(Path, request, TossJsonContext.Wire.IssueCashReceiptRequest, key, options);
            var answer = await _transport.SendAsync(call, TossJsonContext.Wire.CashReceipt, cancellationToken).ConfigureAwait(false);
            return AnswerCheck.IssueCashReceipt(request, answer, key);
        }

        /// <summary>
        /// <c>POST /v1/cash-receipts/{receiptKey}/cancel</c>: cancel all that is left of a receipt
        /// (no <paramref name="request"/>, or one without an amount), or part of it. Sends an
        /// <c>Idempotency-Key</c>: the caller's, or a new one reused on every retry.
        /// </summary>
        /// <returns>The cancel: a receipt of type <c>CANCEL</c> whose key is <c>c_</c> + <paramref name="receiptKey"/>.</returns>
        /// <exception cref="TossPaymentsValidationException">A value breaks the API's rules; nothing was sent.</exception>
        /// <exception cref="TossPaymentsAnswerMismatchException">The answer is not this receipt's cancel of this amount.</exception>
        public async Task<CashReceipt> CancelAsync(string receiptKey, CancelCashReceiptRequest? request = null, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            request ??= new CancelCashReceiptRequest();
            request.Validate(receiptKey);
            var key = PaymentOperations.IdempotencyKeyFor(options);
            var call = ApiCall.Post(Path + "/" + Uri.EscapeDataString(receiptKey) + "/cancel", request, TossJsonContext.Wire.CancelCashReceiptRequest, key, options);
            var answer = await _transport.SendAsync(call, TossJsonContext.Wire.CashReceipt, cancellationToken).ConfigureAwait(false);
            return AnswerCheck.CancelCashReceipt(receiptKey, request, answer, key);
        }

        /// <summary><c>GET /v1/cash-receipts</c>: one page of the receipts requested on <see cref="CashReceiptQuery.RequestDate"/>, after <see cref="CashReceiptQuery.Cursor"/>.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public Task<CashReceiptPage> ListPageAsync(CashReceiptQuery query, TossRequestOptions? options = null, CancellationToken cancellationToken = default)
        {
            query.Validate();
            var path = Path + "?requestDate=" + KoreaTime.FormatDate(query.RequestDate)
                + (query.Cursor is long cursor ? "&cursor=" + cursor.ToString(CultureInfo.InvariantCulture) : "")
                + "&limit=" + query.Limit.ToString(CultureInfo.InvariantCulture);
            return _transport.SendAsync(ApiCall.Get(path, options), TossJsonContext.Wire.CashReceiptPage, cancellationToken);
        }

        /// <summary>Pages through the day: each page asks for the receipts after the last page's cursor, while the API says more follow.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules; nothing was sent.</exception>
        public TossPager<CashReceipt> List(CashReceiptQuery query, TossRequestOptions? options = null)
        {
            query.Validate();
            var next = query;
            return new TossPager<CashReceipt>(query.Limit, async cancellationToken =>
            {
                var page = await ListPageAsync(next, options, cancellationToken).ConfigureAwait(false);
                if (page.HasNext)
                {
                    // A page that says more follow must say where: else the rest could never be read.
                    if (page.LastCursor is not long cursor || cursor == next.Cursor)
                    {
                        throw new TossPaymentsApiException(200, TossClientCodes.UnreadableAnswer,
                            $"The page says more receipts follow, but its lastCursor ({page.LastCursor?.ToString(CultureInfo.InvariantCulture) ?? "none"}) does not move past the page: the rest of the day cannot be read.",
                            "GET", "/" + Path);
                    }

                    next = query.After(cursor);
                }

                return (page.Data as IReadOnlyList<CashReceipt> ?? page.Data.ToList(), page.HasNext);
            });
        }
    }
}
