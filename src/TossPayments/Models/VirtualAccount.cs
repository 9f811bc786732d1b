using System;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>Virtual-account details of a virtual-account payment.</summary>
    public sealed class VirtualAccount : ApiObject
    {
        /// <summary><c>일반</c> (one-off) or <c>고정</c> (fixed); English under en-US.</summary>
        public string? AccountType { get; set; }

        /// <summary>The account number; test accounts start with <c>X</c>.</summary>
        public string? AccountNumber { get; set; }

        /// <summary>The bank's code.</summary>
        public string? BankCode { get; set; }

        /// <summary>The name the account was issued to.</summary>
        public string? CustomerName { get; set; }

        /// <summary>The name the deposit was made under.</summary>
        public string? DepositorName { get; set; }

        /// <summary>The deposit deadline.</summary>
        public DateTimeOffset? DueDate { get; set; }

        /// <summary>The raw <c>refundStatus</c> string; see <see cref="RefundStatus"/>.</summary>
        [JsonPropertyName("refundStatus")]
        public string? RawRefundStatus { get; set; }

        /// <summary>Where a refund stands.</summary>
        [JsonIgnore]
        public RefundStatus? RefundStatus => ApiEnum.ParseOrNull<RefundStatus>(RawRefundStatus);

        /// <summary>Whether the deadline has passed; null when the API did not say.</summary>
        public bool? Expired { get; set; }

        /// <summary><c>INCOMPLETED</c> or <c>COMPLETED</c>.</summary>
        public string? SettlementStatus { get; set; }

        /// <summary>The account a refund goes to, once one was given.</summary>
        public RefundReceiveAccountInfo? RefundReceiveAccount { get; set; }

        /// <summary>Bank, account number and due date, e.g. "bank 88 X6505636518308, due 2026-11-30 23:59:59 +09:00".</summary>
        public override string ToString() => Display.Join(Display.Labelled("bank", BankCode) + (string.IsNullOrEmpty(AccountNumber) ? "" : " " + AccountNumber), Display.Labelled("due", Display.Time(DueDate)), Expired == true ? "expired" : null, Display.Labelled("refund", RawRefundStatus is null or "NONE" ? null : RawRefundStatus));
    }
}
