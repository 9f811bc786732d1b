using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TossPayments.PowerShell.Tests.Infrastructure;

namespace TossPayments.PowerShell.Tests
{
    public sealed class ModuleManifestTests : IDisposable
    {
        private readonly ModuleSession _session = new();

        public void Dispose() => _session.Dispose();

        [Fact]
        public void Laid_out_manifest_passes_Test_ModuleManifest()
        {
            var result = _session.Run("Test-ModuleManifest -Path $path | ForEach-Object { $_.Name; $_.Version.ToString(); $_.PowerShellVersion.ToString() }",
                variables: new System.Collections.Generic.Dictionary<string, object?> { ["path"] = ModuleSession.ManifestPath });

            result.AssertNoErrors();
            Assert.Equal(new[] { "TossPayments", VersionPrefix(), "7.6" }, result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Exported_commands_are_exactly_the_cmdlets_in_the_assembly()
        {
            var result = _session.Run("""
                $module = Get-Module TossPayments
                $inAssembly = $module.ImplementingAssembly.ExportedTypes |
                    Where-Object { $_.IsDefined([System.Management.Automation.CmdletAttribute], $false) } |
                    ForEach-Object { $a = $_.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]; "$($a.VerbName)-$($a.NounName)" }
                ($inAssembly | ForEach-Object { $_ }) -join ','
                $module.ExportedCommands.Keys -join ','
                $module.ExportedFunctions.Count + $module.ExportedAliases.Count + $module.ExportedVariables.Count
                """);

            result.AssertNoErrors();
            string Sorted(object text) => string.Join(",", text.ToString()!.Split(',').Order(StringComparer.Ordinal));
            Assert.Equal("Confirm-TossPayment,Connect-TossPayments,ConvertFrom-TossWebhook,Disconnect-TossPayments,Get-TossCashReceipt,Get-TossPayment,Get-TossSettlement,Get-TossTransaction,Invoke-TossBillingCharge,New-TossBillingKey,New-TossCashReceipt,New-TossVirtualAccount,Remove-TossBillingKey,Stop-TossCashReceipt,Stop-TossPayment,Test-TossWebhook",
                Sorted(result.Output[0]));
            Assert.Equal(Sorted(result.Output[0]), Sorted(result.Output[1]));
            Assert.Equal(0, (int)result.Output[2].BaseObject);
        }

        [Fact]
        public void Every_cmdlet_declares_its_output_type()
        {
            var result = _session.Run("Get-Command -Module TossPayments -CommandType Cmdlet | ForEach-Object { '{0}={1}' -f $_.Name, ($_.OutputType.Name -join '|') }");

            result.AssertNoErrors();
            Assert.Equal(
                new[]
                {
                    "Confirm-TossPayment=TossPayments.Models.Payment", "Connect-TossPayments=TossPayments.PowerShell.Connections.TossPaymentsConnection",
                    "ConvertFrom-TossWebhook=TossPayments.Webhooks.TossWebhookEvent", "Disconnect-TossPayments=System.Void",
                    "Get-TossCashReceipt=TossPayments.Models.CashReceipt", "Get-TossPayment=TossPayments.Models.Payment",
                    "Get-TossSettlement=TossPayments.Models.Settlement", "Get-TossTransaction=TossPayments.Models.Transaction",
                    "Invoke-TossBillingCharge=TossPayments.Models.Payment", "New-TossBillingKey=TossPayments.Models.Billing",
                    "New-TossCashReceipt=TossPayments.Models.CashReceipt", "New-TossVirtualAccount=TossPayments.Models.Payment",
                    "Remove-TossBillingKey=TossPayments.Models.BillingKeyRemoval", "Stop-TossCashReceipt=TossPayments.Models.CashReceipt",
                    "Stop-TossPayment=TossPayments.Models.Payment", "Test-TossWebhook=TossPayments.Webhooks.WebhookVerification",
                },
                result.Output.Select(o => o.ToString()).Order());
        }

        [Fact]
        public void State_changing_cmdlets_support_ShouldProcess_with_their_impact()
        {
            var result = _session.Run("""
                foreach ($name in 'Confirm-TossPayment', 'Stop-TossPayment', 'New-TossVirtualAccount', 'New-TossBillingKey', 'Invoke-TossBillingCharge', 'Remove-TossBillingKey', 'New-TossCashReceipt', 'Stop-TossCashReceipt') {
                    $attribute = (Get-Command $name).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0]
                    '{0}={1}/{2}' -f $name, $attribute.SupportsShouldProcess, $attribute.ConfirmImpact
                }
                """);

            Assert.Equal(new[] { "Confirm-TossPayment=True/Medium", "Stop-TossPayment=True/High", "New-TossVirtualAccount=True/Medium",
                "New-TossBillingKey=True/Low", "Invoke-TossBillingCharge=True/High", "Remove-TossBillingKey=True/High",
                "New-TossCashReceipt=True/Medium", "Stop-TossCashReceipt=True/High" }, result.Output.Select(o => o.ToString()));
        }

        [Fact]
        public void Laid_out_folder_holds_exactly_what_the_manifest_references()
        {
            var folder = Path.GetDirectoryName(ModuleSession.ManifestPath)!;

            var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order();

            Assert.Equal(
                new[]
                {
                    "LICENSE", "TossPayments.PowerShell.dll", "TossPayments.dll", "TossPayments.format.ps1xml", "TossPayments.psd1", "en-US/about_TossPayments.help.txt",
                    "en-US/TossPayments.PowerShell.dll-Help.xml",
                }.Order(),
                files);
        }

        [Fact]
        public void The_package_ships_the_MIT_license_its_manifest_names_and_no_license_address_yet()
        {
            var folder = Path.GetDirectoryName(ModuleSession.ManifestPath)!;
            var result = _session.Run("$m = Get-Module TossPayments; $m.Copyright; [string]$m.LicenseUri; [string]$m.ProjectUri");

            Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(folder, "LICENSE")));
            Assert.Contains("MIT License", result.Output[0].ToString());
            Assert.Equal("", result.Output[1].ToString());
            Assert.Equal("", result.Output[2].ToString());
        }

        [Fact]
        public void Module_version_and_assembly_version_come_from_Directory_Build_props_alone()
        {
            var result = _session.Run("$m = Get-Module TossPayments; $m.Version.ToString(); $m.ImplementingAssembly.GetName().Version.ToString(3)");
            var sourceManifest = File.ReadAllText(Path.Combine(ModuleSession.RepositoryRoot, "module", "TossPayments", "TossPayments.psd1"));

            Assert.Equal(new[] { VersionPrefix(), VersionPrefix() }, result.Output.Select(o => o.ToString()));
            Assert.Contains("ModuleVersion          = '0.0.0'", sourceManifest);
        }

        [Fact]
        public void Payment_table_view_shows_key_order_status_method_amounts_and_approval_time()
        {
            var result = _session.Run("""
                [TossPayments.Json.TossJson]::DeserializePayment([IO.File]::ReadAllText($path)) | Out-Host
                """, variables: new System.Collections.Generic.Dictionary<string, object?>
            {
                ["path"] = Path.Combine(ModuleSession.RepositoryRoot, "tests", "TossPayments.Tests", "Samples", "sample-payment-card-done.json"),
            });

            var screen = Regex.Replace(_session.Host.Output, @"\x1b\[[0-9;]*m", "");
            Assert.Matches(new Regex(@"PaymentKey\s+OrderId\s+Status\s+Method\s+TotalAmount\s+BalanceAmount\s+ApprovedAt"), screen);
            Assert.Contains("2024-02-13 12:18:14", screen);
            Assert.Contains("1,000", screen);
        }

        [Fact]
        public void About_help_topic_is_found_by_Get_Help()
        {
            var result = _session.Run("Get-Help about_TossPayments");

            result.AssertNoErrors();
            Assert.Contains("TOSSPAYMENTS_SECRET_KEY", string.Join("\n", result.Output));
        }

        [Theory]
        [InlineData("WHAT A COLUMN TYPO GETS")]
        [InlineData("WHAT A STOPPED BULK RUN LEAVES")]
        [InlineData("A key is one operation")]
        [InlineData("THE API'S VOCABULARY")]
        public void About_help_states_the_safety_rules(string rule)
        {
            var result = _session.Run("Get-Help about_TossPayments");

            Assert.Contains(rule, string.Join("\n", result.Output));
        }

        private static string VersionPrefix()
        {
            var props = File.ReadAllText(Path.Combine(ModuleSession.RepositoryRoot, "Directory.Build.props"));
            return Regex.Match(props, "<VersionPrefix>(.*?)</VersionPrefix>").Groups[1].Value;
        }
    }
}
