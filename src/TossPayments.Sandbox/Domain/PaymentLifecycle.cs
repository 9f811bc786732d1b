using System;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// What time does to a payment, read from the sandbox clock (API notes §7, §8a): a
    /// READY payment expires 30 minutes after it was created and an IN_PROGRESS one 10 minutes
    /// after it was authenticated; a virtual account past its due date takes no deposit; a refund
    /// of a deposited virtual account is paid out two days after the cancel. Applied when a payment
    /// is next read or changed, under its lock.
    /// </summary>
    public static class PaymentLifecycle
    {
        /// <summary>How long a created, unauthenticated payment lives.</summary>
        public static readonly TimeSpan ReadyLifetime = TimeSpan.FromMinutes(30);

        /// <summary>How long an authenticated payment waits for its confirm.</summary>
        public static readonly TimeSpan InProgressLifetime = TimeSpan.FromMinutes(10);

        /// <summary>How long after the cancel a virtual-account refund is paid out.</summary>
        public static readonly TimeSpan RefundPayoutDelay = TimeSpan.FromDays(2);

        /// <summary>How long a seeded account waiting for its deposit has, from the sandbox's start.</summary>
        public static readonly TimeSpan SeededDepositWindow = TimeSpan.FromDays(7);

        /// <summary>
        /// Starts a payment's clocks: a seeded one's at the sandbox's start, so a fresh sandbox always
        /// has payments to confirm and an account to deposit into whenever it is started; a
        /// checkout's when it is made.
        /// </summary>
        internal static void StartAt(SandboxPayment payment, DateTimeOffset start)
        {
            payment.ExpiresAt = payment.Status switch
            {
                SandboxStatus.READY => start + ReadyLifetime,
                SandboxStatus.IN_PROGRESS => start + InProgressLifetime,
                _ => null,
            };

            if (payment is { Status: SandboxStatus.WAITING_FOR_DEPOSIT, VirtualAccount: { } account })
            {
                account.DueDate = (start + SeededDepositWindow).ToOffset(SandboxClock.Korea);
            }
        }

        /// <summary>Brings a payment up to <paramref name="now"/>: expiry, a passed due date, refunds paid out.</summary>
        internal static void CatchUp(SandboxPayment payment, DateTimeOffset now)
        {
            if (payment.ExpiresAt is { } deadline && now >= deadline && payment.Status is SandboxStatus.READY or SandboxStatus.IN_PROGRESS)
            {
                payment.Status = SandboxStatus.EXPIRED;
                payment.Failure = ("EXPIRED_PAYMENT", "결제 시간이 만료되었습니다.");
            }

            if (payment.VirtualAccount is { } account)
            {
                account.Expired = payment.Status == SandboxStatus.WAITING_FOR_DEPOSIT && now > account.DueDate;
                if (account.RefundPaidOutAt is { } payout && now >= payout)
                {
                    account.RefundStatus = "COMPLETED";
                    account.RefundPaidOutAt = null;
                }
            }
        }
    }
}
