using System;
using System.Globalization;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S5: peak working set of a fresh process streaming rows through the cmdlets, at a large count
    /// against 10,000: 100,000 rows through Stop-TossPayment -WhatIf, and 20,000 live Get-TossPayment.
    /// </summary>
    internal static class Memory
    {
        public static async Task<ScenarioResult> RunAsync()
        {
            var whatIfBase = await PeakAsync("whatif 10000");
            var whatIfLarge = await PeakAsync("whatif 100000");
            await using var sandbox = await SandboxProcess.StartAsync($"--seed {Probes.LiveSeed} --payments {Probes.LiveKeys}");
            var liveBase = await PeakAsync($"live 10000 {sandbox.BaseAddress}");
            var liveLarge = await PeakAsync($"live 20000 {sandbox.BaseAddress}");
            Console.WriteLine($"  S5 whatif {whatIfBase / 1e6:0} → {whatIfLarge / 1e6:0} MB, live {liveBase / 1e6:0} → {liveLarge / 1e6:0} MB");

            return new ScenarioResult(
                "S5",
                "Memory stays flat",
                "Fresh processes (--probe memory); rows made in the pipeline (1..N | ForEach-Object) and output sent to Out-Null, so nothing but the cmdlets holds them; peak working set as the OS reports it.",
                [
                    ("Stop-TossPayment -WhatIf, 10,000 rows", Mb(whatIfBase)),
                    ("Stop-TossPayment -WhatIf, 100,000 rows", $"{Mb(whatIfLarge)} = {(double)whatIfLarge / whatIfBase:0.00}×"),
                    ("Get-TossPayment live, 10,000 rows", Mb(liveBase)),
                    ("Get-TossPayment live, 20,000 rows", $"{Mb(liveLarge)} = {(double)liveLarge / liveBase:0.00}×"),
                ],
                "peak working set of the large runs within 1.2× of the 10,000-row runs",
                whatIfLarge <= 1.2 * whatIfBase && liveLarge <= 1.2 * liveBase);
        }

        private static async Task<long> PeakAsync(string arguments) =>
            long.Parse((await Probes.SpawnAsync("memory " + arguments)).Output.Split('\n')[^1], CultureInfo.InvariantCulture);

        private static string Mb(long bytes) => $"{bytes / (1024.0 * 1024):0} MiB";
    }
}
