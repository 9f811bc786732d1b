using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TossPayments.Benchmarks;
using TossPayments.Benchmarks.Hosting;
using TossPayments.Benchmarks.Scenarios;

// dotnet run -c Release --project bench/TossPayments.Benchmarks -- [--rows 2000] [--runs 3] [--only S6]
var rows = Option("--rows", 2000);
var runs = Option("--runs", 3);
var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();

var results = new List<ScenarioResult>();
if (only is null or "S6")
{
    Console.WriteLine($"S6: {rows:N0} partial cancels under faults, {runs} runs");
    results.Add(await BulkCancelUnderFaults.RunAsync(rows, runs));
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
