using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S3: a fresh process that opens a runspace importing the module, against the same importing an
    /// empty binary module; and the import run with no network at all (a new network namespace).
    /// </summary>
    internal static class ImportTime
    {
        public static async Task<ScenarioResult> RunAsync(int runs)
        {
            await Probes.SpawnAsync("import \"" + Paths.EmptyModule + "\"");
            var empty = new List<double>();
            var module = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                empty.Add((await Probes.SpawnAsync("import \"" + Paths.EmptyModule + "\"")).Seconds);
                module.Add((await Probes.SpawnAsync("import \"" + Paths.ModuleManifest + "\"")).Seconds);
            }

            var (emptyTime, moduleTime) = (Measure.Median(empty), Measure.Median(module));
            string offline;
            try
            {
                await Probes.SpawnAsync("import \"" + Paths.ModuleManifest + "\"", withoutNetwork: true);
                offline = "imports with no network (unshare --net)";
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                offline = "not checked here: " + ex.Message.Split('\n')[0];
            }

            Console.WriteLine($"  S3 empty {emptyTime:0.000} s, module {moduleTime:0.000} s; {offline}");
            return new ScenarioResult(
                "S3",
                "Import time",
                $"A fresh `dotnet` process opening a runspace (InitialSessionState.CreateDefault2 + ImportPSModule) with the laid-out module, against the same with an empty binary module (bench/EmptyBinaryModule); median of {runs} alternating runs.",
                [
                    ("empty binary module", $"{emptyTime:0.000} s"),
                    ("TossPayments", $"{moduleTime:0.000} s = {moduleTime / emptyTime:0.00}×"),
                    ("network at import", offline),
                ],
                "within 1.5× of the empty module",
                moduleTime <= 1.5 * emptyTime);
        }
    }
}
