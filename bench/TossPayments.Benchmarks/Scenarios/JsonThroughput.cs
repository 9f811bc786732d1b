using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using TossPayments.Benchmarks.Hosting;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S4: typed Payment deserialization (the module's own TossJson, source-generated) of the public
    /// sample payments, against parsing the same text with JsonDocument.
    /// </summary>
    internal static class JsonThroughput
    {
        private static readonly TimeSpan Each = TimeSpan.FromSeconds(2);

        public static ScenarioResult Run(int runs)
        {
            // The module's copy of the client, as loaded by Import-Module: the harness does not load its own.
            using var host = new ModuleHost();
            var client = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "TossPayments");
            var deserialize = (Func<string, object>)Delegate.CreateDelegate(
                typeof(Func<string, object>), client.GetType("TossPayments.Json.TossJson", throwOnError: true)!.GetMethod("DeserializePayment", [typeof(string)])!);
            var samples = Directory.GetFiles(Path.Combine(Paths.RepositoryRoot, "tests", "TossPayments.Tests", "Samples"), "*.json").Select(File.ReadAllText).ToArray();

            var typed = Measure.Median(Enumerable.Range(0, runs).Select(_ => PerSecond(samples, json => deserialize(json))));
            var document = Measure.Median(Enumerable.Range(0, runs).Select(_ => PerSecond(samples, json => JsonDocument.Parse(json).Dispose())));
            Console.WriteLine($"  S4 typed {typed:N0}/s, JsonDocument {document:N0}/s");

            return new ScenarioResult(
                "S4",
                "Typed JSON throughput",
                $"The {samples.Length} public sample payments, round-robin, for {Each.TotalSeconds:0} s each way: TossJson.DeserializePayment(string) into Payment against JsonDocument.Parse(string); median of {runs} runs.",
                [
                    ("JsonDocument.Parse", $"{document:N0} payments/s"),
                    ("typed Payment", $"{typed:N0} payments/s = {typed / document:0.00}×"),
                ],
                "typed deserialization at least 0.8× JsonDocument's throughput",
                typed >= 0.8 * document);
        }

        private static double PerSecond(string[] samples, Action<string> parse)
        {
            // Each side starts from a collected heap, whatever the scenarios before left in it.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var count = 0;
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < Each)
            {
                for (var i = 0; i < 1000; i++)
                {
                    parse(samples[count++ % samples.Length]);
                }
            }

            return count / clock.Elapsed.TotalSeconds;
        }
    }
}
