using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using TossPayments.Benchmarks.Hosting;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Benchmarks.Scenarios
{
    /// <summary>
    /// S2: the module's cost per item, with no latency: Get-TossPayment over N keys against a plain
    /// HttpClient loop doing the same GETs and JSON parsing in the same process.
    /// </summary>
    internal static class Overhead
    {
        private const int Seed = 43;

        public static async Task<ScenarioResult> RunAsync(int rows, int runs)
        {
            var keys = PaymentSeeder.Create(Seed, rows).Select(p => p.PaymentKey).ToList();
            await using var sandbox = await SandboxProcess.StartAsync($"--seed {Seed} --payments {rows}");
            using var host = new ModuleHost();
            host.Connect(sandbox.BaseAddress, "-MaximumRetryCount 0");
            var input = keys.Cast<object>().ToList();
            using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("test_sk_benchmark_harness:")));

            async Task PlainLoop()
            {
                foreach (var key in keys)
                {
                    using var document = JsonDocument.Parse(await http.GetStringAsync("v1/payments/" + Uri.EscapeDataString(key)));
                    _ = document.RootElement.GetProperty("balanceAmount").GetDecimal();
                }
            }

            await PlainLoop();
            host.Run("$input | Get-TossPayment | Out-Null", input);
            var plain = await Measure.MedianSecondsAsync(runs, PlainLoop);
            var sequential = Measure.MedianSeconds(runs, () => host.Run("$input | Get-TossPayment -ThrottleLimit 1 | Out-Null", input));
            var defaults = Measure.MedianSeconds(runs, () => host.Run("$input | Get-TossPayment | Out-Null", input));
            Console.WriteLine($"  S2 plain {plain:0.00} s, module throttle 1 {sequential:0.00} s, module default {defaults:0.00} s");

            return new ScenarioResult(
                "S2",
                "Per-item overhead, no latency",
                $"{rows:N0} keys: Get-TossPayment (piped strings, | Out-Null) against a sequential HttpClient loop doing the same GETs with JsonDocument parsing, same process, same sandbox process; median of {runs} runs after a warm-up.",
                [
                    ("plain HttpClient loop", $"{plain:0.00} s ({plain / rows * 1000:0.000} ms/row)"),
                    ("Get-TossPayment -ThrottleLimit 1", $"{sequential:0.00} s = {sequential / plain:0.00}× the loop"),
                    ("Get-TossPayment (default -ThrottleLimit 4)", $"{defaults:0.00} s = {defaults / plain:0.00}× the loop"),
                ],
                "Get-TossPayment one at a time within 1.5× of the plain loop",
                sequential <= 1.5 * plain);
        }
    }
}
