using System;
using System.Collections.Generic;
using System.Linq;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Json
{
    /// <summary>
    /// Turns a payment's state into the API's JSON shape. Enum values are Korean by default and
    /// English under <c>Accept-Language: en-US</c>, as the API does (API notes §1).
    /// </summary>
    public static class PaymentRenderer
    {
        internal const string MerchantId = "tosspayments";

        private static readonly Dictionary<string, string> Korean = new()
        {
            ["CARD"] = "카드",
            ["VIRTUAL_ACCOUNT"] = "가상계좌",
            ["EASY_PAY"] = "간편결제",
            ["TRANSFER"] = "계좌이체",
            ["CREDIT"] = "신용",
            ["CHECK"] = "체크",
            ["PERSONAL"] = "개인",
            ["CORPORATE"] = "법인",
            ["TOSSPAY"] = "토스페이",
        };

        // The API's times have whole seconds: yyyy-MM-dd'T'HH:mm:ss±hh:mm.
        internal static DateTimeOffset Seconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

        /// <summary>The payment as the API would answer. Call with the payment's lock held.</summary>
        public static PaymentResource Render(SandboxPayment p, bool english)
        {
            string Say(string value) => Localize(value, english);

            var approved = p.ApprovedAt is not null;
            var supplied = PaymentRules.SuppliedAmount(p);
            return new PaymentResource
            {
                MId = MerchantId,
                LastTransactionKey = p.LastTransactionKey,
                PaymentKey = p.PaymentKey,
                OrderId = p.OrderId,
                OrderName = p.OrderName,
                TaxExemptionAmount = p.TaxExemptionAmount,
                Status = p.Status.ToString(),
                RequestedAt = Seconds(p.RequestedAt),
                ApprovedAt = p.ApprovedAt is { } approvedAt ? Seconds(approvedAt) : null,
                UseEscrow = p.Status == SandboxStatus.EXPIRED ? null : false,
                CultureExpense = false,
                Card = p.Card is { } c && p.IsMethodShown
                    ? new CardResource(c.IssuerCode, c.IssuerCode, c.Number, 0, false, null, c.ApproveNo, false, Say(c.CardType), Say(c.OwnerType),
                        approved ? "COMPLETED" : "READY", p.TotalAmount)
                    : null,
                VirtualAccount = p.VirtualAccount is { } v
                    ? new VirtualAccountResource("일반", v.AccountNumber, v.BankCode, v.CustomerName, v.Deposited ? v.CustomerName : null,
                        v.DueDate, v.RefundStatus, v.Expired, v.Deposited ? "COMPLETED" : "INCOMPLETED",
                        v.RefundAccount is { } r ? new RefundAccountResource(r.BankCode, r.AccountNumber, r.HolderName) : null)
                    : null,
                Transfer = p.TransferBankCode is { } bank && approved ? new TransferResource(bank, "COMPLETED") : null,
                MobilePhone = null,
                GiftCertificate = null,
                CashReceipt = null,
                CashReceipts = null,
                Discount = null,
                Cancels = p.Cancels.Count == 0
                    ? null
                    : p.Cancels.Select(RenderCancel).ToList(),
                Secret = p.Secret,
                Type = p.Type,
                EasyPay = p.EasyPayProvider is { } provider && p.IsMethodShown ? new EasyPayResource(Say(provider), p.TotalAmount, 0) : null,
                Country = "KR",
                Failure = p.Failure is { } f ? new FailureResource(f.Code, f.Message) : null,
                IsPartialCancelable = p.IsPartialCancelable,
                Receipt = new UrlResource(ReceiptUrl(p)),
                Checkout = new UrlResource($"https://api.tosspayments.com/v1/payments/{p.PaymentKey}/checkout"),
                Currency = p.Currency,
                TotalAmount = p.TotalAmount,
                BalanceAmount = p.BalanceAmount,
                SuppliedAmount = supplied,
                Vat = p.BalanceAmount - p.TaxFreeAmount - supplied,
                TaxFreeAmount = p.TaxFreeAmount,
                Metadata = null,
                Method = p.IsMethodShown ? Say(p.Method) : null,
                Version = "2022-11-16",
            };
        }

        /// <summary>An English enum value (<c>CARD</c>…) as the API writes it: Korean unless the caller asked for English.</summary>
        internal static string Localize(string value, bool english) => english ? value : Korean.GetValueOrDefault(value, value);

        /// <summary>The receipt address of a payment.</summary>
        internal static string ReceiptUrl(SandboxPayment p) => $"https://dashboard.tosspayments.com/receipt/redirection?transactionId={p.PaymentKey}&ref=PX";

        /// <summary>One cancellation as the API writes it.</summary>
        internal static CancelResource RenderCancel(SandboxCancel x) =>
            new(x.TransactionKey, x.CancelReason, 0, Seconds(x.CanceledAt), 0, 0, null, x.CancelAmount, x.TaxFreeAmount, x.RefundableAmount, "DONE", null);
    }
}
