using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// Makes the sandbox's data set: the same seed and count always give the same payments. The
    /// first few cover every status and method the sandbox emulates; the rest are drawn at random.
    /// </summary>
    public static class PaymentSeeder
    {
        // Fixed, so the data set does not depend on when the sandbox starts.
        private static readonly DateTimeOffset Epoch = new(2026, 11, 2, 9, 0, 0, SandboxClock.Korea);

        private static readonly (SandboxStatus Status, string Method, bool PartialCancelable)[] Showcase =
        [
            (SandboxStatus.DONE, "CARD", true),
            (SandboxStatus.DONE, "CARD", false),
            (SandboxStatus.DONE, "EASY_PAY", true),
            (SandboxStatus.DONE, "TRANSFER", true),
            (SandboxStatus.DONE, "VIRTUAL_ACCOUNT", true),
            (SandboxStatus.WAITING_FOR_DEPOSIT, "VIRTUAL_ACCOUNT", true),
            (SandboxStatus.PARTIAL_CANCELED, "CARD", true),
            (SandboxStatus.CANCELED, "CARD", true),
            (SandboxStatus.READY, "CARD", true),
            (SandboxStatus.IN_PROGRESS, "VIRTUAL_ACCOUNT", true),
            (SandboxStatus.IN_PROGRESS, "CARD", true),
            (SandboxStatus.ABORTED, "CARD", true),
            (SandboxStatus.EXPIRED, "CARD", true),
        ];

        private static readonly string[] OrderNames = ["토스 티셔츠 외 2건", "생수 24병", "Wireless Mouse", "커피 원두 1kg", "도서: 결제의 모든 것", "운동화", "Gift card 50,000"];
        private static readonly string[] CardIssuers = ["11", "21", "31", "41", "51", "61", "71", "91", "4V", "4M"];

        /// <summary>How many payments it takes to cover every status and method.</summary>
        public static int MinimumCount => Showcase.Length;

        /// <summary>Makes <paramref name="count"/> payments from <paramref name="seed"/>.</summary>
        public static IReadOnlyList<SandboxPayment> Create(int seed, int count)
        {
            var random = new Random(seed);
            var payments = new List<SandboxPayment>(count);
            for (var i = 0; i < count; i++)
            {
                var (status, method, partial) = i < Showcase.Length ? Showcase[i] : Draw(random);
                payments.Add(Create(random, i, status, method, partial));
            }

            return payments;
        }

        private static (SandboxStatus, string, bool) Draw(Random random)
        {
            var roll = random.Next(100);
            var method = random.Next(10) switch { < 6 => "CARD", < 8 => "EASY_PAY", 8 => "TRANSFER", _ => "VIRTUAL_ACCOUNT" };
            var status = roll switch
            {
                < 60 => SandboxStatus.DONE,
                < 68 => SandboxStatus.PARTIAL_CANCELED,
                < 76 => SandboxStatus.CANCELED,
                < 80 => SandboxStatus.READY,
                < 88 => SandboxStatus.IN_PROGRESS,
                < 92 => SandboxStatus.ABORTED,
                < 96 => SandboxStatus.EXPIRED,
                _ => method == "VIRTUAL_ACCOUNT" ? SandboxStatus.WAITING_FOR_DEPOSIT : SandboxStatus.DONE,
            };
            return (status, method, random.Next(10) != 0);
        }

        private static SandboxPayment Create(Random random, int index, SandboxStatus status, string method, bool partialCancelable)
        {
            var requestedAt = Epoch.AddMinutes(index * 7).AddSeconds(random.Next(60));
            var amount = random.Next(10, 3000) * 100m;
            // Drawn in this order so the data set stays the same for a seed.
            var keyLetters = Letters(random, 4);
            var orderName = OrderNames[random.Next(OrderNames.Length)];
            var taxFree = random.Next(8) == 0 ? decimal.Round(amount / 10, 0) : 0m;
            return Build(random, index, new Order($"ORDER-{index + 1:D6}", orderName, amount, taxFree, method), keyLetters, requestedAt, status, partialCancelable);
        }

        /// <summary>
        /// A payment as a customer's checkout leaves it at <paramref name="now"/>: authenticated and
        /// waiting for the merchant's confirm (IN_PROGRESS), or created and not yet authenticated
        /// (READY). Its card, account or easy-pay details are drawn from its place in the store.
        /// </summary>
        internal static SandboxPayment Checkout(Order order, int index, DateTimeOffset now, bool authenticated)
        {
            var random = new Random(index);
            return Build(random, index, order, Letters(random, 4), now, authenticated ? SandboxStatus.IN_PROGRESS : SandboxStatus.READY, partialCancelable: true);
        }

        private static SandboxPayment Build(Random random, int index, Order order, string keyLetters, DateTimeOffset requestedAt, SandboxStatus status, bool partialCancelable)
        {
            var (method, amount) = (order.Method, order.Amount);
            var payment = new SandboxPayment(
                paymentKey: $"tsbx{requestedAt:yyyyMMddHHmmss}{index:x5}{keyLetters}",
                orderId: order.OrderId,
                orderName: order.OrderName,
                method: method,
                totalAmount: amount,
                requestedAt: requestedAt)
            {
                IsPartialCancelable = partialCancelable,
                TaxFreeAmount = order.TaxFreeAmount,
                Status = status,
            };

            switch (method)
            {
                case "CARD":
                    // Every twentieth card payment holds a cup deposit, so the no-partial-cancel rule for it can be tried; no draw, so the rest stays as it was.
                    payment.TaxExemptionAmount = index % 20 == 19 && payment.TaxFreeAmount == 0 ? 500m : 0m;
                    payment.Card = new SandboxCard(CardIssuers[random.Next(CardIssuers.Length)], $"{random.Next(40000000, 59999999)}****{random.Next(100, 999)}*",
                        $"{random.Next(100000, 99999999):D8}", random.Next(3) == 0 ? "CHECK" : "CREDIT", random.Next(5) == 0 ? "CORPORATE" : "PERSONAL");
                    break;
                case "EASY_PAY":
                    payment.EasyPayProvider = "TOSSPAY";
                    break;
                case "TRANSFER":
                    payment.TransferBankCode = "88";
                    break;
                case "VIRTUAL_ACCOUNT":
                    payment.VirtualAccount = new SandboxVirtualAccount
                    {
                        AccountNumber = "X" + random.NextInt64(1_000_000_000, 9_999_999_999),
                        BankCode = "20",
                        CustomerName = "김토스",
                        DueDate = requestedAt.AddDays(7),
                        Deposited = status is SandboxStatus.DONE or SandboxStatus.PARTIAL_CANCELED or SandboxStatus.CANCELED,
                    };
                    payment.Secret = "ps_" + Letters(random, 20);
                    break;
            }

            if (status is not (SandboxStatus.READY or SandboxStatus.IN_PROGRESS or SandboxStatus.EXPIRED or SandboxStatus.ABORTED or SandboxStatus.WAITING_FOR_DEPOSIT))
            {
                payment.ApprovedAt = requestedAt.AddSeconds(17);
            }

            payment.LastTransactionKey = status is SandboxStatus.READY or SandboxStatus.IN_PROGRESS or SandboxStatus.EXPIRED ? null : TransactionKey(random);
            if (status is SandboxStatus.DONE or SandboxStatus.PARTIAL_CANCELED or SandboxStatus.CANCELED or SandboxStatus.WAITING_FOR_DEPOSIT)
            {
                var approvalStatus = status == SandboxStatus.WAITING_FOR_DEPOSIT ? status : SandboxStatus.DONE;
                payment.Transactions.Add(new SandboxTransaction(payment.LastTransactionKey!, payment, approvalStatus, amount, payment.ApprovedAt ?? requestedAt.AddSeconds(17)));
            }

            payment.Failure = status switch
            {
                SandboxStatus.ABORTED => ("REJECT_CARD_PAYMENT", "한도초과 혹은 잔액부족으로 결제에 실패했습니다."),
                SandboxStatus.EXPIRED => ("EXPIRED_PAYMENT", "결제 시간이 만료되었습니다."),
                _ => null,
            };

            if (status is SandboxStatus.PARTIAL_CANCELED or SandboxStatus.CANCELED)
            {
                var cancelAmount = status == SandboxStatus.CANCELED || !partialCancelable ? payment.BalanceAmount : decimal.Round(payment.BalanceAmount / 4, 0);
                var taxFree = status == SandboxStatus.CANCELED ? payment.TaxFreeAmount : 0m;
                payment.BalanceAmount -= cancelAmount;
                payment.TaxFreeAmount -= taxFree;
                payment.Status = payment.BalanceAmount == 0 ? SandboxStatus.CANCELED : SandboxStatus.PARTIAL_CANCELED;

                // Derived from the approval's key, not drawn, so the rest of the data set stays as it was.
                payment.LastTransactionKey = CancelKey(payment.LastTransactionKey!);
                payment.Cancels.Add(new SandboxCancel(payment.LastTransactionKey, cancelAmount, "고객 변심", taxFree, payment.BalanceAmount, requestedAt.AddHours(2)));
                payment.Transactions.Add(new SandboxTransaction(payment.LastTransactionKey, payment, payment.Status, cancelAmount, requestedAt.AddHours(2)));
            }

            return payment;
        }

        private static string TransactionKey(Random random)
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return Convert.ToHexString(bytes);
        }

        private static string CancelKey(string approvalKey) =>
            Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(approvalKey + "/cancel")))[..32];

        private static string Letters(Random random, int length)
        {
            const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            var chars = new char[length];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            return new string(chars);
        }
    }

}
