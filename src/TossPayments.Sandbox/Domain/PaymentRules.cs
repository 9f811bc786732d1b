using System;
using System.Linq;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// What confirm and cancel do to a payment, with the API's error codes (API notes §2, §4).
    /// Called with the payment's lock held; returns null on success or the error to answer.
    /// </summary>
    public static class PaymentRules
    {
        /// <summary>
        /// Approves an IN_PROGRESS (authenticated) payment whose order id and amount match (API
        /// notes §8a). A READY one, not yet authenticated, is refused with
        /// <paramref name="readyRefusal"/>: the API documents no code for it.
        /// </summary>
        public static ApiError? Confirm(SandboxPayment payment, ConfirmCommand command, DateTimeOffset now, string readyRefusal = SandboxOptions.DefaultReadyConfirmCode)
        {
            switch (payment.Status)
            {
                case SandboxStatus.IN_PROGRESS:
                    break;
                case SandboxStatus.READY:
                    return ApiError.Of(readyRefusal);
                case SandboxStatus.EXPIRED:
                    return ApiError.Of("NOT_FOUND_PAYMENT_SESSION");
                default:
                    return ApiError.Of("ALREADY_PROCESSED_PAYMENT");
            }

            if (!string.Equals(command.OrderId, payment.OrderId, StringComparison.Ordinal))
            {
                return ApiError.InvalidRequest("주문번호가 결제 요청과 일치하지 않습니다. (orderId does not match the payment request)");
            }

            if (command.Amount != payment.TotalAmount)
            {
                return ApiError.InvalidRequest("결제 금액이 결제 요청과 일치하지 않습니다. (amount does not match the payment request)");
            }

            if (payment.DeclineCode is { } declined)
            {
                payment.Status = SandboxStatus.ABORTED;
                payment.Failure = (declined, ErrorCatalog.MessageFor(declined, english: false));
                return ApiError.Of(declined);
            }

            if (payment.Method == "VIRTUAL_ACCOUNT")
            {
                payment.Secret = NewSecret();
                Approve(payment, SandboxStatus.WAITING_FOR_DEPOSIT, now);
            }
            else
            {
                Approve(payment, SandboxStatus.DONE, now);
            }

            return null;
        }

        /// <summary>Cancels the whole balance or part of it, recording a new cancellation.</summary>
        /// <param name="payment">The payment, its lock held.</param>
        /// <param name="command">The request.</param>
        /// <param name="now">The time of the request.</param>
        /// <param name="oneCancelPerSecond">Whether to drop a second cancel request within a second (API notes §2).</param>
        public static ApiError? Cancel(SandboxPayment payment, CancelCommand command, DateTimeOffset now, bool oneCancelPerSecond = false)
        {
            if (oneCancelPerSecond && payment.LastCancelRequestAt is { } last && now - last < TimeSpan.FromSeconds(1))
            {
                return ApiError.Of("FORBIDDEN_CONSECUTIVE_REQUEST");
            }

            payment.LastCancelRequestAt = now;
            var refusal = Refusal(payment, command);
            if (refusal is not null)
            {
                return refusal;
            }

            var amount = command.CancelAmount ?? payment.BalanceAmount;
            var taxFree = command.TaxFreeAmount ?? (command.CancelAmount is null ? payment.TaxFreeAmount : 0m);
            var hadCancels = payment.Cancels.Count > 0;
            payment.BalanceAmount -= amount;
            payment.TaxFreeAmount -= taxFree;

            // A single full cancel reads CANCELED; after earlier partial cancels the API can leave
            // PARTIAL_CANCELED even at a zero balance (API notes §2), and so does the sandbox.
            payment.Status = payment.BalanceAmount == 0 && !hadCancels ? SandboxStatus.CANCELED : SandboxStatus.PARTIAL_CANCELED;

            if (payment.VirtualAccount is { Deposited: true } account && command.RefundAccount is { } refund)
            {
                account.RefundAccount = (refund.Bank, refund.AccountNumber, refund.HolderName);
                account.RefundStatus = "PENDING";
                account.RefundPaidOutAt = now + PaymentLifecycle.RefundPayoutDelay;
            }

            var transactionKey = NewTransactionKey();
            payment.LastTransactionKey = transactionKey;
            payment.Cancels.Add(new SandboxCancel(transactionKey, amount, command.CancelReason, taxFree, payment.BalanceAmount, now));
            payment.Transactions.Add(new SandboxTransaction(transactionKey, payment, payment.Status, amount, now));
            return null;
        }

        /// <summary>
        /// A merchant's issue of a virtual account (API notes §7): the checked-out payment gets its
        /// account (an <c>X</c> number, as test accounts have), its due date and secret, and waits for
        /// the deposit.
        /// </summary>
        public static ApiError? IssueVirtualAccount(SandboxPayment payment, string bank, string customerName, DateTimeOffset dueDate, DateTimeOffset now)
        {
            payment.VirtualAccount = new SandboxVirtualAccount
            {
                AccountNumber = "X" + Random.Shared.NextInt64(1_000_000_000_000, 10_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
                BankCode = bank,
                CustomerName = customerName,
                DueDate = dueDate,
            };
            payment.Secret = NewSecret();
            Approve(payment, SandboxStatus.WAITING_FOR_DEPOSIT, now);
            return null;
        }

        /// <summary>A charge of a billing key: the checked-out card payment, of type BILLING, approved at once (API notes §10).</summary>
        public static ApiError? Charge(SandboxPayment payment, DateTimeOffset now)
        {
            payment.Type = "BILLING";
            Approve(payment, SandboxStatus.DONE, now);
            return null;
        }

        /// <summary>
        /// A customer's deposit into a virtual account waiting for it: the payment is DONE. An
        /// account past its due date takes no deposit (API notes §7).
        /// </summary>
        public static ApiError? Deposit(SandboxPayment payment, DateTimeOffset now)
        {
            if (payment is not { Status: SandboxStatus.WAITING_FOR_DEPOSIT, VirtualAccount: { } account })
            {
                return new ApiError(400, "NOT_WAITING_FOR_DEPOSIT", $"결제 상태가 {payment.Status}입니다. 입금 대기 중인 가상계좌에만 입금할 수 있습니다. (only an account waiting for its deposit takes one)");
            }

            if (account.Expired)
            {
                return new ApiError(400, "DUE_DATE_PASSED", $"입금 기한({account.DueDate:yyyy-MM-dd'T'HH:mm:sszzz})이 지났습니다. (the account's due date has passed: it takes no deposit)");
            }

            account.Deposited = true;
            Approve(payment, SandboxStatus.DONE, now);
            return null;
        }

        // An approval moves the payment to its new status with a transaction of the whole amount;
        // only DONE has an approval time (an issued account waits for its deposit).
        private static void Approve(SandboxPayment payment, SandboxStatus status, DateTimeOffset now)
        {
            payment.Status = status;
            if (status == SandboxStatus.DONE)
            {
                payment.ApprovedAt = now;
            }

            payment.LastTransactionKey = NewTransactionKey();
            payment.Transactions.Add(new SandboxTransaction(payment.LastTransactionKey, payment, status, payment.TotalAmount, now));
        }

        /// <summary>The supplied (net) part of a payment's taxable balance; the rest is VAT at 10%.</summary>
        public static decimal SuppliedAmount(SandboxPayment payment) =>
            decimal.Round((payment.BalanceAmount - payment.TaxFreeAmount) / 1.1m, 0, MidpointRounding.AwayFromZero);

        // The deposit-callback secret a virtual account's payment carries (ps_…, at most 50 characters).
        private static string NewSecret() => "ps_" + NewTransactionKey()[..20].ToLowerInvariant();

        internal static string NewTransactionKey() => Guid.NewGuid().ToString("N").ToUpperInvariant();

        private static ApiError? Refusal(SandboxPayment payment, CancelCommand command)
        {
            if (string.IsNullOrWhiteSpace(command.CancelReason) || command.CancelReason.Length > 200)
            {
                return ApiError.InvalidRequest("취소 사유는 1자 이상 200자 이하여야 합니다. (cancelReason must be 1 to 200 characters)");
            }

            switch (payment.Status)
            {
                case SandboxStatus.DONE or SandboxStatus.PARTIAL_CANCELED or SandboxStatus.WAITING_FOR_DEPOSIT:
                    break;
                case SandboxStatus.CANCELED:
                    return ApiError.Of("ALREADY_CANCELED_PAYMENT");
                default:
                    return ApiError.Of("NOT_CANCELABLE_PAYMENT");
            }

            if (payment.BalanceAmount == 0)
            {
                return ApiError.Of("NOT_CANCELABLE_AMOUNT");
            }

            if (command.CancelAmount is { } amount)
            {
                if (amount <= 0 || decimal.Truncate(amount) != amount)
                {
                    return ApiError.InvalidRequest("취소 금액은 1원 이상의 정수여야 합니다. (cancelAmount must be a whole KRW amount of at least 1)");
                }

                if (amount > payment.BalanceAmount)
                {
                    return ApiError.Of("NOT_CANCELABLE_AMOUNT");
                }
            }

            var isPartial = command.CancelAmount is { } partial && partial < payment.BalanceAmount;
            if (isPartial && payment.Status == SandboxStatus.WAITING_FOR_DEPOSIT)
            {
                return ApiError.Of("NOT_ALLOWED_PARTIAL_REFUND_WAITING_DEPOSIT");
            }

            if (isPartial && !payment.AllowsPartialCancel)
            {
                return ApiError.Of("NOT_ALLOWED_PARTIAL_REFUND");
            }

            // The payment's own: KRW, USD or JPY, and USD for PayPal (API notes §8e).
            if (command.Currency is { } currency && currency != payment.Currency)
            {
                return ApiError.InvalidRequest($"취소 통화는 결제 통화({payment.Currency})와 같아야 합니다. (the cancel currency must be the payment's own, {payment.Currency})");
            }

            var cancelAmount = command.CancelAmount ?? payment.BalanceAmount;
            if (command.TaxFreeAmount is { } taxFree && (taxFree < 0 || taxFree > cancelAmount || taxFree > payment.TaxFreeAmount))
            {
                return ApiError.InvalidRequest("면세 금액이 올바르지 않습니다. (taxFreeAmount must be from 0 to the cancel amount and the payment's tax-free balance)");
            }

            if (command.RefundableAmount is { } refundable && refundable != payment.BalanceAmount)
            {
                return ApiError.Of("NOT_MATCHES_REFUNDABLE_AMOUNT");
            }

            if (payment.VirtualAccount is { Deposited: true })
            {
                return RefundAccountRefusal(command.RefundAccount);
            }

            return null;
        }

        private static ApiError? RefundAccountRefusal((string Bank, string AccountNumber, string HolderName)? account)
        {
            if (account is not { } refund)
            {
                return ApiError.Of("INVALID_REFUND_ACCOUNT_INFO", "입금 완료된 가상계좌 결제의 환불에는 환불 계좌(refundReceiveAccount)가 필요합니다.");
            }

            if (!SandboxBanks.IsKnown(refund.Bank))
            {
                return ApiError.Of("INVALID_BANK");
            }

            if (refund.AccountNumber.Length is 0 or > 20 || !refund.AccountNumber.All(char.IsAsciiDigit))
            {
                return ApiError.Of("INVALID_REFUND_ACCOUNT_NUMBER");
            }

            return string.IsNullOrWhiteSpace(refund.HolderName) || refund.HolderName.Length > 60
                ? ApiError.Of("INVALID_REFUND_ACCOUNT_INFO")
                : null;
        }
    }
}
