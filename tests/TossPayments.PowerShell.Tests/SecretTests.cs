using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text;
using System.Threading.Tasks;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox;
using TossPayments.Sandbox.Faults;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>A sentinel secret key, every cmdlet on success and failure paths with -Verbose -Debug: the key shows up nowhere.</summary>
    public sealed class SecretTests : IAsyncLifetime
    {
        private const string Sentinel = "test_sk_SENTINEL7f3a9c2e5b8d1f4a6c0e";
        private SandboxServer? _sandbox;

        private static IEnumerable<string> Forbidden =>
        [
            "SENTINEL7f3a9c2e5b8d1f4a6c0e",
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Sentinel + ":")),
            Convert.ToBase64String(Encoding.UTF8.GetBytes(Sentinel)),
        ];

        public async Task InitializeAsync() => _sandbox = await SandboxServer.StartAsync(new SandboxOptions
        {
            Seed = 3, Payments = 60, LogRequests = false, Faults = new FaultOptions { ServerErrorRate = 0.3, Seed = 2 },
        });

        public async Task DisposeAsync() => await _sandbox!.DisposeAsync();

        [Fact]
        public void Secret_key_appears_in_no_output_stream_error_or_serialized_connection()
        {
            var store = _sandbox!.Store;
            var done = store.All.Where(p => p.Status == SandboxStatus.DONE && p.Method == "CARD").Take(2).ToArray();
            var authenticated = store.All.First(p => p.Status == SandboxStatus.IN_PROGRESS);
            using var session = new ModuleSession();
            var script = """
                $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'
                $c = Connect-TossPayments -SecretKey $key -BaseUri $uri -MaximumRetryCount 1 -RetryIntervalSec 0.001 -PassThru -Verbose -Debug
                $c; "$c"
                [System.Management.Automation.PSSerializer]::Serialize($c, 5)
                Get-TossPayment $done1 -Verbose -Debug
                Get-TossPayment no-such-payment -Verbose -Debug
                Get-TossPayment -OrderId $order -Verbose -Debug
                Confirm-TossPayment $readyKey $readyOrder $readyAmount -Verbose -Debug
                Confirm-TossPayment $readyKey $readyOrder $readyAmount -Verbose -Debug
                Stop-TossPayment $done2 -CancelReason x -CancelAmount 1000 -Force -Verbose -Debug
                Stop-TossPayment $done2 -CancelReason x -CancelAmount 99999999 -Force -Verbose -Debug
                Stop-TossPayment 'bad key' -CancelReason x -WhatIf -Verbose -Debug
                Get-TossPayment $done1 -Connection $c -Verbose -Debug
                Disconnect-TossPayments -Verbose -Debug
                Get-TossPayment $done1
                $Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.ErrorDetails; $_.ScriptStackTrace; [System.Management.Automation.PSSerializer]::Serialize($_, 3) }
                """;

            var variables = new Dictionary<string, object?>
            {
                ["key"] = ModuleSession.Secure(Sentinel), ["uri"] = _sandbox.BaseAddress, ["done1"] = done[0].PaymentKey, ["done2"] = done[1].PaymentKey,
                ["order"] = done[0].OrderId, ["readyKey"] = authenticated.PaymentKey, ["readyOrder"] = authenticated.OrderId, ["readyAmount"] = authenticated.TotalAmount,
            };
            var (everything, errors, verbose) = RunCapturingEverything(session, script, variables);

            Assert.True(errors >= 4 && verbose >= 10, $"the sweep must cover error and verbose paths: {errors} errors, {verbose} verbose lines");
            Assert.Contains("test_sk_****6c0e", everything);
            Assert.All(Forbidden, secret => Assert.DoesNotContain(secret, everything));
        }

        [Fact]
        public void Billing_keys_appear_whole_in_no_message_verbose_line_warning_or_error()
        {
            var billing = _sandbox!.Billing;
            var customers = Enumerable.Range(1, 12).Select(i => $"c-{i:0000}-7f3a").ToArray();
            var keys = customers.Select(c => billing.Issue(billing.NewAuthKey(c), c, _sandbox.Clock.KoreaNow)!.Key).ToArray();
            var rows = CsvRows.Parse("customerKey,billingKey,amount,orderName" + string.Concat(customers.Select((c, i) => $"\n{c},{keys[i]},9900,11월 구독료"))).ToArray();
            using var session = new ModuleSession();
            // Charges under server errors (some unknown), a stopping run (its in-flight rows become
            // warnings), -WhatIf, a column in conflict, a key of another customer, a malformed key;
            // then removals: -WhatIf, removed (or refused with a server error), removed again, from
            // the command line, malformed, in conflict with a column, and charges of removed keys.
            var script = """
                $VerbosePreference = 'Continue'; $DebugPreference = 'Continue'
                Connect-TossPayments -SecretKey $key -BaseUri $uri -MaximumRetryCount 0
                $stranger = [pscustomobject]@{ customerKey = 'stranger-0001'; billingKey = $rows[0].billingKey; amount = '9900'; orderName = 'x' }
                $rows | Invoke-TossBillingCharge -Period 2026-11 -Force -ThrottleLimit 8
                try { @($stranger) + $rows | Invoke-TossBillingCharge -Period 2026-12 -Force -ThrottleLimit 8 -ErrorAction Stop } catch { $_.ToString() }
                $rows | Invoke-TossBillingCharge -Period 2027-01 -WhatIf
                $rows[0] | Invoke-TossBillingCharge -Period 2027-01 -BillingKey $rows[1].billingKey -Force
                Invoke-TossBillingCharge -CustomerKey stranger-0001 -BillingKey $rows[2].billingKey -Amount 9900 -OrderName x -Period 2027-01 -Force
                Invoke-TossBillingCharge -CustomerKey $rows[3].customerKey -BillingKey ($rows[3].billingKey + ' x') -Amount 9900 -OrderName x -Period 2027-01 -Force
                $rows | Remove-TossBillingKey -WhatIf
                $rows[0..7] | Remove-TossBillingKey -Force -ThrottleLimit 4
                $rows[0..7] | Remove-TossBillingKey -Force -ThrottleLimit 4
                Remove-TossBillingKey $rows[8].billingKey -Force
                Remove-TossBillingKey $rows[8].billingKey -Force
                Remove-TossBillingKey ($rows[9].billingKey + ' x') -Force
                $rows[10] | Remove-TossBillingKey -BillingKey $rows[11].billingKey -Force
                $rows[0..8] | Invoke-TossBillingCharge -Period 2027-02 -Force
                $Error | ForEach-Object { $_.ToString(); $_.Exception.ToString(); $_.ErrorDetails; $_.ErrorDetails.RecommendedAction; $_.CategoryInfo.ToString(); $_.CategoryInfo.TargetName; $_.ScriptStackTrace }
                """;
            var variables = new Dictionary<string, object?> { ["key"] = ModuleSession.Secure(Sentinel), ["uri"] = _sandbox.BaseAddress, ["rows"] = rows };

            var (everything, errors, verbose) = RunCapturingEverything(session, script, variables);

            Assert.True(errors >= 4 && verbose >= 20, $"the sweep must cover error and verbose paths: {errors} errors, {verbose} verbose lines");
            Assert.Contains("and -BillingKey on the command line both give", everything);
            Assert.Contains("ALREADY_REMOVED_BILLING_KEY", everything);
            Assert.Contains("Performing the operation \"Remove\" on target \"billing key " + keys[11][..4] + "****\"", everything);
            Assert.Contains(keys[0][..4] + "****", everything);
            Assert.All(keys, billingKey => Assert.DoesNotContain(billingKey[..12], everything));
        }

        private static (string Text, int Errors, int Verbose) RunCapturingEverything(ModuleSession session, string script, Dictionary<string, object?> variables)
        {
            foreach (var (name, value) in variables)
            {
                session.Runspace.SessionStateProxy.SetVariable(name, value);
            }

            using var shell = System.Management.Automation.PowerShell.Create();
            shell.Runspace = session.Runspace;
            shell.AddScript(script);
            var output = shell.Invoke();
            var text = new StringBuilder();
            foreach (var item in output)
            {
                text.AppendLine(item?.ToString());
                text.AppendLine(PSSerializer.Serialize(item, 3));
            }

            foreach (var record in shell.Streams.Error)
            {
                text.AppendLine(record.ToString()).AppendLine(record.Exception.ToString()).AppendLine(record.ErrorDetails?.ToString()).AppendLine(record.ErrorDetails?.RecommendedAction);
            }

            shell.Streams.Verbose.ToList().ForEach(r => text.AppendLine(r.Message));
            shell.Streams.Debug.ToList().ForEach(r => text.AppendLine(r.Message));
            shell.Streams.Warning.ToList().ForEach(r => text.AppendLine(r.Message));
            shell.Streams.Information.ToList().ForEach(r => text.AppendLine(r.ToString()));
            text.AppendLine(session.Host.Output);
            return (text.ToString(), shell.Streams.Error.Count, shell.Streams.Verbose.Count);
        }
    }
}
