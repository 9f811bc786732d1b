using System;
using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>What a settled transaction pays out: the amount less the fee and its VAT.</summary>
    /// <param name="Transaction">The approval or cancel settled.</param>
    /// <param name="Amount">The amount: positive for an approval, negative for a cancel.</param>
    /// <param name="Fees">The fees by type (BASE here), with the amount's sign: a cancel gives its fee back.</param>
    /// <param name="SuppliedAmount">The fees before VAT.</param>
    /// <param name="Vat">The VAT on the fees, 10%.</param>
    /// <param name="PayOutAmount">What the merchant is paid: the amount less the fees and their VAT.</param>
    /// <param name="SoldDate">The day of the transaction, in Korea.</param>
    /// <param name="PaidOutDate">The day it is paid out.</param>
    public sealed record SandboxSettlement(
        SandboxTransaction Transaction, decimal Amount, IReadOnlyList<(string Type, decimal Fee)> Fees, decimal SuppliedAmount, decimal Vat,
        decimal PayOutAmount, DateOnly SoldDate, DateOnly PaidOutDate);

    /// <summary>
    /// The sandbox's fee schedule and payout calendar: card 2.5% paid out two days after the sale;
    /// easy pay 3.0%, transfer 2.0% (at least 200 won) and virtual account 300 won flat, paid out
    /// the next day. A cancel gives back the fee of the amount it takes back, except the flat one.
    /// </summary>
    public static class SettlementRules
    {
        /// <summary>The most days between a sale and its payout; a payout window looks back this far for sales.</summary>
        public const int MaxPayOutDelayDays = 2;

        /// <summary>The settlement of a settled transaction.</summary>
        public static SandboxSettlement Of(SandboxTransaction transaction)
        {
            var sign = transaction.IsCancel ? -1 : 1;
            var fee = sign * Fee(transaction.Payment.Method, transaction.Amount, transaction.IsCancel);
            var vat = decimal.Round(fee / 10, 0, MidpointRounding.AwayFromZero);
            var soldDate = SoldDate(transaction);
            return new SandboxSettlement(transaction, sign * transaction.Amount, [("BASE", fee)], fee, vat, sign * transaction.Amount - fee - vat,
                soldDate, soldDate.AddDays(PayOutDelayDays(transaction.Payment.Method)));
        }

        /// <summary>The Korean calendar day of a transaction.</summary>
        public static DateOnly SoldDate(SandboxTransaction transaction) => DateOnly.FromDateTime(transaction.At.ToOffset(SandboxClock.Korea).DateTime);

        private static int PayOutDelayDays(string method) => method == "CARD" ? MaxPayOutDelayDays : 1;

        private static decimal Fee(string method, decimal amount, bool isCancel) => method switch
        {
            "CARD" => Percent(amount, 2.5m),
            "EASY_PAY" => Percent(amount, 3.0m),
            "TRANSFER" => Math.Max(200m, Percent(amount, 2.0m)),
            _ => isCancel ? 0m : 300m,
        };

        private static decimal Percent(decimal amount, decimal percent) => decimal.Round(amount * percent / 100, 0, MidpointRounding.AwayFromZero);
    }
}
