using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using TossPayments.Benchmarks.Scenarios;

namespace TossPayments.Benchmarks
{
    /// <summary>Writes <c>bench/results/latest.md</c> and <c>latest.json</c>: the machine, the commit and every scenario's figures.</summary>
    internal static class Report
    {
        public static void Write(string directory, IReadOnlyList<ScenarioResult> results, string command)
        {
            Directory.CreateDirectory(directory);
            var machine = $"{Environment.ProcessorCount} cores, {Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024))} GiB, " +
                $"{RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
            var commit = Git("rev-parse --short HEAD") + (Git("status --porcelain -- . :!bench/results").Length > 0 ? " (with uncommitted changes)" : "");
            var when = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

            var markdown = new StringBuilder()
                .AppendLine("# Benchmark results")
                .AppendLine()
                .AppendLine($"- When: {when}")
                .AppendLine($"- Machine: {machine}")
                .AppendLine($"- Commit: {commit}")
                .AppendLine($"- Command: `{command}`")
                .AppendLine();
            foreach (var result in results)
            {
                markdown.AppendLine($"## {result.Id}: {result.Title}").AppendLine()
                    .AppendLine($"Target: {result.Target} — **{(result.TargetMet ? "met" : "NOT met")}**").AppendLine()
                    .AppendLine("| figure | value |").AppendLine("|---|---|");
                foreach (var (name, value) in result.Figures)
                {
                    markdown.AppendLine($"| {name} | {value} |");
                }

                markdown.AppendLine().AppendLine($"Setup: {result.Setup}").AppendLine();
            }

            File.WriteAllText(Path.Combine(directory, "latest.md"), markdown.ToString());
            var json = new
            {
                when,
                machine,
                commit,
                command,
                scenarios = results.Select(r => new
                {
                    r.Id, r.Title, r.Setup, r.Target, r.TargetMet, figures = r.Figures.ToDictionary(f => f.Name, f => f.Value),
                }),
            };
            File.WriteAllText(Path.Combine(directory, "latest.json"), JsonSerializer.Serialize(json, new JsonSerializerOptions { WriteIndented = true }));
        }

        private static string Git(string arguments)
        {
            try
            {
                using var git = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, WorkingDirectory = Hosting.Paths.RepositoryRoot })!;
                var output = git.StandardOutput.ReadToEnd().Trim();
                git.WaitForExit();
                return output;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return "unknown";
            }
        }
    }
}
