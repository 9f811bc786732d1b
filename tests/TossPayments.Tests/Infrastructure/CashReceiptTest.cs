using System;
using System.Threading.Tasks;
using TossPayments.CashReceipts;
using TossPayments.Models;
using TossPayments.Sandbox;

namespace TossPayments.Tests.Infrastructure
{
    /// <summary>A sandbox whose clock starts on a fixed morning in Korea, so that every receipt a test makes is requested on <see cref="Day"/>.</summary>
    public abstract class CashReceiptTest : SandboxTest
    {
        /// <summary>The day the sandbox clock starts on, at 10:00 in Korea.</summary>
        protected static readonly DateTime Day = new(2026, 11, 10);

        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 7, Payments = 40, LogRequests = false, ClockStart = new DateTimeOffset(Day.AddHours(10), TimeSpan.FromHours(9)),
        };

        /// <summary>An income-deduction receipt of 15,000 won for a phone number.</summary>
        protected static IssueCashReceiptRequest Receipt(string orderId = "RECEIPT-0001", decimal amount = 15000m, string type = CashReceiptTypes.IncomeDeduction, string number = "010-1234-5678") =>
            new(orderId, "11월 관리비", amount, type, number);

        /// <summary>A receipt issued through the client.</summary>
        protected Task<CashReceipt> IssuedAsync(string orderId = "RECEIPT-0001", decimal amount = 15000m) => Client.CashReceipts.IssueAsync(Receipt(orderId, amount));
    }
}
