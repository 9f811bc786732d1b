using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Text.RegularExpressions;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// What can be checked here of build.ps1, the Pester suites, the samples and the workflow,
    /// which need pwsh to run: they parse with the real PowerShell parser and agree with each other.
    /// </summary>
    public sealed class ShippingScriptsTests
    {
        private static readonly string Root = ModuleSession.RepositoryRoot;

        // Every script that ships: the build script, the samples and the Pester suites, found, not listed.
        public static IEnumerable<object[]> Scripts() =>
            new[] { "build.ps1" }
                .Concat(Directory.GetFiles(Path.Combine(Root, "samples"), "*.ps1", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path)))
                .Concat(Directory.GetFiles(Path.Combine(Root, "tests", "Pester"), "*.ps1").Select(path => Path.GetRelativePath(Root, path)))
                .Order(StringComparer.Ordinal)
                .Select(path => new object[] { path });

        [Theory]
        [MemberData(nameof(Scripts))]
        public void Script_parses_without_errors(string path)
        {
            Parser.ParseFile(Path.Combine(Root, path), out _, out var errors);

            Assert.True(errors.Length == 0, $"{path}: " + string.Join("; ", errors.Select(e => $"{e.Extent.StartLineNumber}: {e.Message}")));
        }

        [Fact]
        public void Build_script_offers_every_task_with_tab_completion_and_a_configuration()
        {
            var script = Parser.ParseFile(Path.Combine(Root, "build.ps1"), out _, out _);

            var parameters = script.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath);
            Assert.Equal(
                new[] { "Clean", "Build", "Help", "Test", "Package", "Sandbox", "Demo", "Bench" },
                ValidateSet(parameters["Task"]));
            Assert.Equal(new[] { "Debug", "Release" }, ValidateSet(parameters["Configuration"]));
            Assert.Contains(script.ParamBlock.Attributes, a => a.TypeName.Name == "CmdletBinding");
        }

        [Fact]
        public void Every_task_the_build_script_offers_has_a_body()
        {
            var script = Parser.ParseFile(Path.Combine(Root, "build.ps1"), out _, out _);
            var tasks = script.Find(a => a is HashtableAst, searchNestedScriptBlocks: false) as HashtableAst;

            var bodies = tasks!.KeyValuePairs.Select(pair => ((StringConstantExpressionAst)pair.Item1).Value).Order();

            Assert.Equal(ValidateSet(script.ParamBlock!.Parameters.Single(p => p.Name.VariablePath.UserPath == "Task")).Order(), bodies);
        }

        [Fact]
        public void Workflow_steps_are_valid_PowerShell_and_call_the_build_script_with_what_it_takes()
        {
            var workflow = File.ReadAllText(Path.Combine(Root, ".github", "workflows", "ci.yml")).Replace("\r\n", "\n");
            var script = Parser.ParseFile(Path.Combine(Root, "build.ps1"), out _, out _);
            var parameters = script.ParamBlock!.Parameters.ToDictionary(p => p.Name.VariablePath.UserPath, StringComparer.OrdinalIgnoreCase);

            // Every "shell: pwsh" step's script, a "run: |" block or one line, parsed as PowerShell.
            var steps = Regex.Matches(workflow, @"shell: pwsh\n( +)run: (?:\|\n((?:\1  .*\n?)+)|(.+))")
                .Select(m => m.Groups[2].Success ? string.Join("\n", m.Groups[2].Value.Split('\n').Select(line => line.Trim())) : m.Groups[3].Value)
                .ToList();
            var calls = steps.SelectMany(step =>
            {
                var ast = Parser.ParseInput(step, out _, out var errors);
                Assert.Empty(errors);
                return ast.FindAll(a => a is CommandAst c && c.GetCommandName() == "./build.ps1", true).Cast<CommandAst>();
            }).ToList();

            var call = Assert.Single(calls);
            var bound = StaticParameterBinder.BindCommand(call, resolve: false).BoundParameters;
            var tasks = ((ArrayLiteralAst)bound["Task"].Value).Elements.Select(e => ((StringConstantExpressionAst)e).Value).ToList();
            var configuration = ((StringConstantExpressionAst)bound["Configuration"].Value).Value;

            Assert.Equal(2, steps.Count);
            Assert.Equal(new[] { "Build", "Help", "Test", "Package" }, tasks);
            Assert.All(tasks, task => Assert.Contains(task, ValidateSet(parameters["Task"])));
            Assert.Contains(configuration, ValidateSet(parameters["Configuration"]));
            Assert.Equal(new[] { "ubuntu-latest", "windows-latest", "macos-latest" },
                Regex.Match(workflow, @"os: \[(.*)\]").Groups[1].Value.Split(',', StringSplitOptions.TrimEntries));
        }

        [Fact]
        public void Pester_suites_take_the_data_the_build_script_passes()
        {
            foreach (var suite in Directory.GetFiles(Path.Combine(Root, "tests", "Pester"), "*.Tests.ps1"))
            {
                var script = Parser.ParseFile(suite, out _, out _);

                Assert.Equal(new[] { "ModulePath", "SandboxAssembly" }, script.ParamBlock!.Parameters.Select(p => p.Name.VariablePath.UserPath));
            }

            Assert.Contains("@{ ModulePath = ", File.ReadAllText(Path.Combine(Root, "build.ps1")));
        }

        [Fact]
        public void Sample_orders_csv_is_the_sandboxs_own_export_for_seed_1_and_100_payments()
        {
            using var expected = new StringWriter();
            OrdersCsv.Write(expected, PaymentSeeder.Create(1, 100));

            Assert.Equal(expected.ToString().ReplaceLineEndings("\n"), File.ReadAllText(Path.Combine(Root, "samples", "orders.csv")).ReplaceLineEndings("\n"));
        }

        [Fact]
        public void Pester_ErrorId_expectations_match_the_whole_FullyQualifiedErrorId_as_Pester_5_compares_it()
        {
            // Pester 5 matches -ErrorId with -like against the whole id, "<ErrorId>,<command type>".
            var expectations = Directory.GetFiles(Path.Combine(Root, "tests", "Pester"), "*.ps1")
                .SelectMany(file => Regex.Matches(File.ReadAllText(file), @"-ErrorId\s+'([^']+)'").Select(m => m.Groups[1].Value))
                .ToList();

            Assert.NotEmpty(expectations);
            Assert.All(expectations, expected =>
            {
                var id = expected.Split(',')[0];
                Assert.True(new WildcardPattern(expected).IsMatch(id + ",TossPayments.PowerShell.Commands.GetTossPaymentCommand"), $"-ErrorId '{expected}' does not match '{id},<command>'");
            });
        }

        [Theory]
        [InlineData("README.md")]
        [InlineData("docs")]
        [InlineData("docs/cmdlets")]
        [InlineData("module/TossPayments/en-US/about_TossPayments.help.txt")]
        [InlineData("bench/README.md")]
        public void Docs_hold_no_control_characters_that_would_break_an_example_as_printed(string path)
        {
            var full = Path.Combine(Root, path);
            var files = Directory.Exists(full) ? Directory.GetFiles(full, "*.md") : [full];

            Assert.All(files, file =>
            {
                var text = File.ReadAllText(file);
                var bad = text.Select((c, i) => (c, i)).FirstOrDefault(p => char.IsControl(p.c) && p.c is not ('\n' or '\r' or '\t'));
                Assert.True(bad == default, $"{file}: control character U+{(int)bad.c:X4} at {bad.i}: …{text.Substring(Math.Max(0, bad.i - 30), Math.Min(60, text.Length - Math.Max(0, bad.i - 30)))}…");
            });
        }

        [Fact]
        public void The_help_build_turns_PlatyPS_output_into_help_with_code_remarks_and_named_links()
        {
            var maml = Path.Combine(Path.GetTempPath(), $"maml-{Guid.NewGuid():N}.xml");
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "platyps-1.0.3-command.xml"), maml);
            var build = Parser.ParseFile(Path.Combine(Root, "build.ps1"), out _, out _);
            var repair = (FunctionDefinitionAst)build.Find(a => a is FunctionDefinitionAst f && f.Name == "Repair-PlatyPSMaml", false)!;
            using var session = new ModuleSession();

            session.Run(repair.Extent.Text + "\nRepair-PlatyPSMaml -Path $path", variables: new Dictionary<string, object?> { ["path"] = maml }).AssertNoErrors();

            var xml = new System.Xml.XmlDocument();
            xml.Load(maml);
            File.Delete(maml);
            var ns = new System.Xml.XmlNamespaceManager(xml.NameTable);
            ns.AddNamespace("maml", "http://schemas.microsoft.com/maml/2004/10");
            ns.AddNamespace("dev", "http://schemas.microsoft.com/maml/dev/2004/10");
            Assert.Equal("Stop-TossPayment $paymentKey -CancelReason '부분 환불' -CancelAmount 5000", xml.SelectSingleNode("//dev:code", ns)!.InnerText);
            Assert.Equal("Asks first, then cancels 5,000 KRW.", xml.SelectSingleNode("//dev:remarks/maml:para", ns)!.InnerText);
            Assert.Equal("", xml.SelectSingleNode("//maml:introduction", ns)!.InnerText);
            Assert.DoesNotContain("```", xml.OuterXml);
            Assert.Equal(new[] { "Get-TossPayment", "TossPayments API" }, xml.SelectNodes("//maml:navigationLink/maml:linkText", ns)!.Cast<System.Xml.XmlNode>().Select(n => n.InnerText));
            Assert.Equal(new[] { "", "https://docs.tosspayments.com" }, xml.SelectNodes("//maml:navigationLink/maml:uri", ns)!.Cast<System.Xml.XmlNode>().Select(n => n.InnerText));
        }

        private static string[] ValidateSet(ParameterAst parameter) =>
            parameter.Attributes.OfType<AttributeAst>().Single(a => a.TypeName.Name == "ValidateSet")
                .PositionalArguments.Cast<StringConstantExpressionAst>().Select(s => s.Value).ToArray();
    }
}
