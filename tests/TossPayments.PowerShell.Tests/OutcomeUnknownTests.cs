using System;
using System.Collections.Generic;
using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// Once an attempt of a change went unanswered, its outcome is unknown unless a later answer
    /// is final: the error is TossPaymentsOutcomeUnknown naming the key, whatever the last answer
    /// was (a 429, say), so following the advice never cancels twice.
    /// </summary>
    public sealed class OutcomeUnknownTests : ModuleTest
    {
        private const int Rows = 30;

        protected override SandboxOptions SandboxOptions => new()
        {
            Seed = 31,
            Payments = 400,
            LogRequests = false,
            Faults = new FaultOptions { Seed = 5, LostResponseRate = 0.5, RateLimitRate = 0.5, RetryAfterSeconds = 0 },
        };

        protected override string ConnectParameters => "-MaximumRetryCount 1 -RetryIntervalSec 0 -TimeoutSec 10";

        [Fact]
        public void A_cancel_whose_answer_was_lost_and_whose_retry_got_429_is_reported_as_outcome_unknown_with_its_key()
        {
            var payments = Partials();
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount,idempotencyKey\n" + string.Join("\n", payments.Select((p, i) => $"{p.PaymentKey},r,1000,unknown-test-{i}")));

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            var applied = Applied();
            var errorsOfApplied = result.Errors.Where(e => applied.Contains(RowKey(e))).ToList();
            Assert.Contains(errorsOfApplied, e => e.Exception.Message.Contains("429", StringComparison.Ordinal));
            Assert.All(errorsOfApplied, e =>
            {
                Assert.StartsWith("TossPaymentsOutcomeUnknown,", e.FullyQualifiedErrorId);
                Assert.Contains(((System.Management.Automation.PSObject)e.TargetObject).Properties["idempotencyKey"].Value.ToString()!, e.ErrorDetails.RecommendedAction);
            });
        }

        [Fact]
        public void Re_running_failed_rows_as_each_error_advises_cancels_every_payment_exactly_once()
        {
            Sandbox.Faults.LostResponseRate = 0.3;
            Sandbox.Faults.RateLimitRate = 0.3;
            var payments = Partials();
            var rows = CsvRows.Parse("paymentKey,cancelReason,cancelAmount\n" + string.Join("\n", payments.Select(p => $"{p.PaymentKey},r,1000")));

            // The advice: an unknown outcome is finished with the key its error names; any other failure is run again as it is.
            var result = Session.Run("""
                $rows = @($input)
                for ($round = 0; $rows.Count -gt 0 -and $round -lt 20; $round++) {
                    $failed = $null
                    $null = $rows | Stop-TossPayment -Force -ErrorVariable failed -ErrorAction SilentlyContinue
                    $rows = @($failed | ForEach-Object {
                        if ($_.FullyQualifiedErrorId -like 'TossPaymentsOutcomeUnknown,*') {
                            [pscustomobject]@{ paymentKey = $_.TargetObject.paymentKey; cancelReason = 'r'; cancelAmount = 1000; idempotencyKey = $_.Exception.IdempotencyKey }
                        } else { $_.TargetObject }
                    })
                }
                $rows.Count
                """, rows);

            Assert.Equal(0, (int)result.Output.Last().BaseObject);
            var cancels = Sandbox.Store.Ledger.Entries.Where(e => e.Kind != ChangeKind.Confirm).GroupBy(e => e.PaymentKey).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(payments, p => Assert.Equal(1, cancels.GetValueOrDefault(p.PaymentKey)));
        }

        private List<Sandbox.Domain.SandboxPayment> Partials() =>
            Sandbox.Store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method != "VIRTUAL_ACCOUNT" && p.AllowsPartialCancel && p.TotalAmount > 2000).Take(Rows).ToList();

        private HashSet<string> Applied() =>
            Sandbox.Store.Ledger.Entries.Where(e => e.Kind != ChangeKind.Confirm).Select(e => e.PaymentKey).ToHashSet();

        private static string RowKey(System.Management.Automation.ErrorRecord error) =>
            ((System.Management.Automation.PSObject)error.TargetObject).Properties["paymentKey"].Value.ToString()!;
    }
}
