using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Management.Automation.Runspaces;
using System.Threading.Tasks;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Benchmarks.Hosting
{
    /// <summary>
    /// Work done in a fresh child process, so that start-up and peak memory are the work's own:
    /// <c>--probe import PATH</c> opens a runspace importing a module; <c>--probe memory whatif|live|transactions N [URI]</c>
    /// streams N rows through a cmdlet (or N transactions out of Get-TossTransaction) and prints the peak working set.
    /// </summary>
    internal static class Probes
    {
        public const int LiveKeys = 20_000;
        public const int LiveSeed = 47;

        /// <summary>Enough payments for more than 100,000 transactions (an approval for most, a cancel for some).</summary>
        public const int TransactionPayments = 110_000;

        public static int Run(string[] args)
        {
            switch (args[1])
            {
                case "import":
                    var state = InitialSessionState.CreateDefault2();
                    state.ImportPSModule(args[2]);
                    using (var runspace = RunspaceFactory.CreateRunspace(state))
                    {
                        runspace.Open();
                    }

                    return 0;
                case "memory":
                    var rows = int.Parse(args[3], CultureInfo.InvariantCulture);
                    using (var host = new ModuleHost())
                    {
                        if (args[2] == "whatif")
                        {
                            host.Connect(new Uri("http://127.0.0.1:9/"), "-MaximumRetryCount 0");
                            Check(host.Run($"1..{rows} | ForEach-Object {{ [pscustomobject]@{{ paymentKey = \"key-$_\"; cancelReason = 'x'; cancelAmount = '1000' }} }} | Stop-TossPayment -WhatIf | Out-Null"));
                        }
                        else if (args[2] == "transactions")
                        {
                            host.Connect(new Uri(args[4]), "-MaximumRetryCount 2");
                            var counted = host.Run(
                                $"Get-TossTransaction -StartDate 2026-11-01 -EndDate 2030-01-01 -First {rows} | ForEach-Object -Begin {{ $n = 0 }} -Process {{ $n++ }} -End {{ $n }}");
                            Check(counted);
                            if ((int)counted.Output[^1].BaseObject != rows)
                            {
                                throw new InvalidOperationException($"{counted.Output[^1]} transactions were written, not {rows}.");
                            }
                        }
                        else
                        {
                            var keys = PaymentSeeder.Create(LiveSeed, LiveKeys).Select(p => p.PaymentKey).ToArray();
                            host.Connect(new Uri(args[4]), "-MaximumRetryCount 2");
                            Check(host.Run($"0..{rows - 1} | ForEach-Object {{ $keys[$_ % $keys.Count] }} | Get-TossPayment -ThrottleLimit 8 | Out-Null",
                                variables: new Dictionary<string, object?> { ["keys"] = keys }));
                        }
                    }

                    Console.WriteLine(Process.GetCurrentProcess().PeakWorkingSet64.ToString(CultureInfo.InvariantCulture));
                    return 0;
                default:
                    throw new ArgumentException("Unknown probe: " + args[1]);
            }
        }

        /// <summary>Runs a probe as a child process; returns its wall time and what it printed.</summary>
        /// <param name="arguments">The probe and its arguments.</param>
        /// <param name="withoutNetwork">Run it in a new network namespace with no interfaces up (<c>unshare --net</c>, root only).</param>
        public static async Task<(double Seconds, string Output)> SpawnAsync(string arguments, bool withoutNetwork = false)
        {
            var command = $"\"{Paths.Harness}\" --probe {arguments}";
            var start = withoutNetwork
                ? new ProcessStartInfo("unshare", "--net dotnet " + command)
                : new ProcessStartInfo("dotnet", command);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("The probe did not start.");
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var seconds = clock.Elapsed.TotalSeconds;
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Probe '{arguments}' failed ({process.ExitCode}): {error.Trim()}");
            }

            return (seconds, output.Trim());
        }

        private static void Check((List<System.Management.Automation.PSObject> Output, List<System.Management.Automation.ErrorRecord> Errors) result)
        {
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"{result.Errors.Count} errors; first: {result.Errors[0]}");
            }
        }
    }
}
