using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// The PlatyPS markdown in docs/cmdlets describes the cmdlets as they are: a file for each, every
    /// parameter with its real type, aliases and pipeline binding, and real examples.
    /// </summary>
    public sealed class HelpDocsTests : IDisposable
    {
        private static readonly string[] Sections = ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];
        private readonly ModuleSession _session = new();

        public static IEnumerable<object[]> Cmdlets() =>
            new[]
            {
                "Connect-TossPayments", "Disconnect-TossPayments", "Get-TossPayment", "Confirm-TossPayment", "Stop-TossPayment", "Get-TossTransaction",
                "Get-TossSettlement", "Remove-TossBillingKey",
            }.Select(c => new object[] { c });

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Every_exported_cmdlet_has_a_docs_file_and_no_file_is_left_over()
        {
            var exported = _session.Run("(Get-Module TossPayments).ExportedCmdlets.Keys").Output.Select(o => o.ToString()).Order();

            var files = Directory.GetFiles(DocsFolder, "*.md").Select(Path.GetFileNameWithoutExtension).Order();

            Assert.Equal(exported, files);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Docs_have_every_section_and_at_least_three_examples(string cmdlet)
        {
            var text = Doc(cmdlet);

            Assert.All(Sections, section => Assert.Contains("\n## " + section + "\n", text));
            Assert.True(Regex.Matches(text, @"^### Example \d+: .+$", RegexOptions.Multiline).Count >= 3, $"{cmdlet}: fewer than three examples");
            Assert.Contains($"title: {cmdlet}\n", text);
            Assert.DoesNotContain("{{", text);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Every_parameter_is_documented_with_its_type_aliases_and_pipeline_binding(string cmdlet)
        {
            var actual = _session.Run($$"""
                $common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
                (Get-Command {{cmdlet}}).Parameters.Values | Where-Object { $common -notcontains $_.Name } | ForEach-Object {
                    $attributes = @($_.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })
                    if (-not ($attributes | Where-Object DontShow)) {
                        '{0}|{1}|{2}|{3}|{4}' -f $_.Name, $_.ParameterType, ($_.Aliases -join ','),
                            [bool]($attributes | Where-Object ValueFromPipeline), [bool]($attributes | Where-Object ValueFromPipelineByPropertyName)
                    }
                }
                """).Output.Select(o => o.ToString()).Order().ToList();

            var documented = DocumentedParameters(Doc(cmdlet)).Where(p => !p.StartsWith("WhatIf|", StringComparison.Ordinal) && !p.StartsWith("Confirm|", StringComparison.Ordinal)).Order().ToList();

            Assert.Equal(actual, documented);
        }

        [Theory]
        [MemberData(nameof(Cmdlets))]
        public void Get_Help_from_the_laid_out_module_shows_what_the_docs_say(string cmdlet)
        {
            var text = Doc(cmdlet);
            var synopsis = Regex.Match(text, @"\n## SYNOPSIS\n\n(.+?)\n").Groups[1].Value.Trim();
            var examples = Regex.Matches(text, @"^### (Example \d+: .+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value.Trim()).ToList();

            var help = _session.Run($"$h = Get-Help {cmdlet} -Full; $h.Synopsis.Trim(); $h.examples.example | ForEach-Object {{ $_.title.Trim('-', ' ') }}").Output.Select(o => o.ToString()).ToList();

            Assert.Equal(new[] { synopsis }.Concat(examples), help);
        }

        private static string DocsFolder => Path.Combine(ModuleSession.RepositoryRoot, "docs", "cmdlets");

        private static string Doc(string cmdlet) => File.ReadAllText(Path.Combine(DocsFolder, cmdlet + ".md")).Replace("\r\n", "\n");

        // "Name|Type|alias,alias|ValueFromPipeline|ValueFromPipelineByPropertyName" for each "### -Name" section's YAML block.
        private static IEnumerable<string> DocumentedParameters(string text)
        {
            foreach (Match section in Regex.Matches(text, @"^### -(\w+)\n.*?```yaml\n(.*?)```", RegexOptions.Multiline | RegexOptions.Singleline))
            {
                var yaml = section.Groups[2].Value;
                var type = Regex.Match(yaml, @"^Type: (.+)$", RegexOptions.Multiline).Groups[1].Value;
                var aliases = Regex.Matches(Regex.Match(yaml, @"^Aliases:(.*?)^ParameterSets:", RegexOptions.Multiline | RegexOptions.Singleline).Groups[1].Value, @"^- (.+)$", RegexOptions.Multiline)
                    .Select(m => m.Groups[1].Value);
                var byValue = Regex.IsMatch(yaml, @"^  ValueFromPipeline: true$", RegexOptions.Multiline);
                var byName = Regex.IsMatch(yaml, @"^  ValueFromPipelineByPropertyName: true$", RegexOptions.Multiline);
                yield return $"{section.Groups[1].Value}|{type}|{string.Join(",", aliases)}|{byValue}|{byName}";
            }
        }
    }
}
