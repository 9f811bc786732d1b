using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TossPayments.Benchmarks;
using TossPayments.Benchmarks.Hosting;
using TossPayments.Benchmarks.Scenarios;

// dotnet run -c Release --project bench/TossPayments.Benchmarks -- [--rows 2000] [--runs 3] [--only S1,S6,S8]
if (args.Length > 1 && args[0] == "--probe")
{
    return Probes.Run(args);
}

var rows = Option("--rows", 2000);
var runs = Option("--runs", 3);
var only = (args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault() ?? "S1,S2,S3,S4,S5,S6,S7,S8").Split(',');

var results = new List<ScenarioResult>();
if (only.Contains("S1"))
{
    Console.WriteLine("S1: throughput against 20 ms latency");
    results.Add(await Throughput.RunAsync(rows / 2, [500, 2000, 8000], runs));
}

if (only.Contains("S2"))
{
    Console.WriteLine("S2: per-item overhead");
    results.Add(await Overhead.RunAsync(5000, runs));
}

if (only.Contains("S3"))
{
    Console.WriteLine("S3: import time");
    results.Add(await ImportTime.RunAsync(Math.Max(runs, 5)));
}

if (only.Contains("S4"))
{
    Console.WriteLine("S4: JSON throughput");
    results.Add(JsonThroughput.Run(runs));
}

if (only.Contains("S5"))
{
    Console.WriteLine("S5: memory");
    results.Add(await Memory.RunAsync());
}

if (only.Contains("S6"))
{
    Console.WriteLine($"S6: {rows:N0} partial cancels under faults, {runs} runs");
    results.Add(await BulkCancelUnderFaults.RunAsync(rows, runs));
}

if (only.Contains("S7"))
{
    Console.WriteLine("S7: transactions streamed");
    results.Add(await TransactionStreaming.RunAsync(runs));
}

if (only.Contains("S8"))
{
    Console.WriteLine($"S8: {rows:N0} monthly charges under faults, {runs} runs");
    results.Add(await MonthlyBillingUnderFaults.RunAsync(rows, runs));
}

var directory = Path.Combine(Paths.RepositoryRoot, "bench", "results");
Report.Write(directory, results, "dotnet run -c Release --project bench/TossPayments.Benchmarks -- " + string.Join(' ', args));
Console.WriteLine(File.ReadAllText(Path.Combine(directory, "latest.md")));
return results.All(r => r.TargetMet) ? 0 : 1;

int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
