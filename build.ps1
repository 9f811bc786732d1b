#Requires -Version 7.6
<#
.SYNOPSIS
    Builds, documents, tests and packages the TossPayments module.

.DESCRIPTION
    Tasks run in the order given, each once, after the tasks it needs (Test, Package and Demo
    need Build). There is one laid-out module, out/TossPayments/<version>/, exactly what ships:
    the build writes it, and the xunit suites, the Pester suites, Package and Demo import it.

      Clean    Removes out/ and the build outputs.
      Build    Builds the module, which lays out out/TossPayments/<version>/, and checks its manifest.
      Help     Turns docs/cmdlets/*.md into module/TossPayments/en-US/TossPayments.PowerShell.dll-Help.xml
               (Microsoft.PowerShell.PlatyPS 1.x), which is committed, so every build ships the help; then Build.
      Test     Runs the xunit suite, then the Pester suites in tests/Pester if Pester 5 is installed.
      Package  Publishes the laid-out module to a local PSResourceGet repository in out/repository,
               which leaves a gallery-ready .nupkg there.
      Sandbox  Runs the local TossPayments sandbox on http://127.0.0.1:5117 until Ctrl+C.
      Demo     Starts the sandbox, imports the built module and pipes samples/orders.csv into
               Stop-TossPayment: -WhatIf first, then for real, and shows the results.
      Bench    Runs the benchmark harness and writes bench/results/latest.md.

    Nothing is downloaded beyond the package restore of dotnet.

.EXAMPLE
    ./build.ps1 Build, Help, Test

.EXAMPLE
    ./build.ps1 -Task Demo -Configuration Debug
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Clean', 'Build', 'Help', 'Test', 'Package', 'Sandbox', 'Demo', 'Bench')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$root = $PSScriptRoot
$version = (Select-Xml -Path (Join-Path $root 'Directory.Build.props') -XPath '//VersionPrefix').Node.InnerText
$out = Join-Path $root 'out'
$moduleProject = Join-Path $root 'src/TossPayments.PowerShell'
$helpSource = Join-Path $root 'module/TossPayments/en-US'
# Where the module's build lays the module out: asked of MSBuild, whose Directory.Build.props is its one home.
$moduleOut = (& dotnet msbuild $moduleProject -nologo -getProperty:ModuleLayoutDir -p:Configuration=$Configuration | Out-String).Trim()
if ($LASTEXITCODE -ne 0 -or -not $moduleOut) {
    throw "dotnet msbuild could not say where the module is laid out: $moduleOut"
}
$sandboxProject = Join-Path $root 'src/TossPayments.Sandbox'
$sandboxAssembly = Join-Path $sandboxProject "bin/$Configuration/net10.0/TossPayments.Sandbox.dll"

# A simple function on purpose: its arguments (-c, --nologo…) pass through to dotnet untouched.
function Invoke-Dotnet {
    Write-Verbose "dotnet $args"
    & dotnet @args
    if ($LASTEXITCODE -ne 0) {
        throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE."
    }
}

# PlatyPS 1.0.3 writes each example's whole markdown, the ```powershell fence included, as
# introduction paragraphs and leaves dev:code empty; it adds an "Online Version" link with no
# address, and keeps the docs/cmdlets file names (Get-TossPayment.md) as link addresses. Get-Help prints
# all of that as it is. So the MAML is put right: an example's fenced code goes into dev:code and
# the text after it into dev:remarks, and links keep only real addresses.
function Repair-PlatyPSMaml {
    param([Parameter(Mandatory)] [string] $Path)

    $xml = [xml]::new()
    $xml.PreserveWhitespace = $true
    $xml.Load($Path)
    $ns = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
    $ns.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
    $ns.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
    $ns.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
    $lineBreakMarker = [string][char]0x80

    foreach ($example in $xml.SelectNodes('//command:example', $ns)) {
        $introduction = $example.SelectSingleNode('maml:introduction', $ns)
        $paragraphs = @($introduction.SelectNodes('maml:para', $ns) | ForEach-Object { $_.InnerText.Trim() } | Where-Object { $_ -and $_ -ne $lineBreakMarker })
        $introduction.RemoveAll()
        $code = $example.SelectSingleNode('dev:code', $ns)
        $remarks = $example.SelectSingleNode('dev:remarks', $ns)
        foreach ($paragraph in $paragraphs) {
            if ($paragraph -match '^```[^\n]*\n(?<code>[\s\S]*?)\n```$') {
                $code.InnerText = (($code.InnerText, $Matches.code) -ne '') -join "`n`n"
            }
            else {
                $para = $xml.CreateElement('maml', 'para', 'http://schemas.microsoft.com/maml/2004/10')
                $para.InnerText = $paragraph
                $null = $remarks.AppendChild($para)
            }
        }

        # An empty paragraph, so that a blank line separates this example from the next.
        $null = $remarks.AppendChild($xml.CreateElement('maml', 'para', 'http://schemas.microsoft.com/maml/2004/10'))
    }

    foreach ($link in @($xml.SelectNodes('//maml:navigationLink', $ns))) {
        $uri = $link.SelectSingleNode('maml:uri', $ns)
        if (-not $uri.InnerText) {
            if ($link.SelectSingleNode('maml:linkText', $ns).InnerText -eq 'Online Version') {
                $null = $link.ParentNode.RemoveChild($link)
            }
        }
        elseif ($uri.InnerText -notmatch '^https?://') {
            $uri.InnerText = ''
        }
    }

    $xml.Save($Path)
}

# The same sandbox starter the Pester suites use: its own process on a free loopback port.
. (Join-Path $root 'tests/Pester/Sandbox.ps1')

$tasks = @{
    Clean   = {
        Remove-Item -LiteralPath $out -Recurse -Force -ErrorAction Ignore
        Invoke-Dotnet clean (Join-Path $root 'TossPayments.PowerShell.sln') -c $Configuration --nologo -v quiet
    }

    Build   = {
        Invoke-Dotnet build $moduleProject -c $Configuration --nologo
        $manifest = Test-ModuleManifest -Path (Join-Path $moduleOut 'TossPayments.psd1')
        Write-Host "Laid out TossPayments $($manifest.Version) in $moduleOut"
    }

    Help    = {
        if (-not (Get-Module -ListAvailable -Name Microsoft.PowerShell.PlatyPS)) {
            throw 'The Help task needs Microsoft.PowerShell.PlatyPS 1.x: Install-PSResource Microsoft.PowerShell.PlatyPS'
        }

        Import-Module Microsoft.PowerShell.PlatyPS
        $staging = Join-Path $out 'help'
        Remove-Item -LiteralPath $staging -Recurse -Force -ErrorAction Ignore
        $help = Import-MarkdownCommandHelp -Path (Get-ChildItem -Path (Join-Path $root 'docs/cmdlets') -Filter '*.md').FullName
        $null = Export-MamlCommandHelp -CommandHelp $help -OutputFolder $staging -Force
        $maml = Get-ChildItem -Path $staging -Recurse -Filter 'TossPayments.PowerShell.dll-Help.xml' | Select-Object -First 1
        if (-not $maml) {
            throw "PlatyPS wrote no TossPayments.PowerShell.dll-Help.xml under $staging."
        }

        Repair-PlatyPSMaml -Path $maml.FullName
        Copy-Item -LiteralPath $maml.FullName -Destination $helpSource -Force
        Write-Host "Wrote $(Join-Path $helpSource $maml.Name); laying the module out again with it."
        & $tasks.Build
        $null = $done.Add('Build')
    }

    Test    = {
        Invoke-Dotnet test (Join-Path $root 'TossPayments.PowerShell.sln') -c $Configuration --nologo
        $pester = Get-Module -ListAvailable -Name Pester | Where-Object Version -GE ([version] '5.0') | Sort-Object Version -Descending | Select-Object -First 1
        if (-not $pester) {
            Write-Warning 'Pester 5 is not installed: the Pester suites in tests/Pester were skipped (Install-PSResource Pester).'
            return
        }

        Import-Module $pester
        Invoke-Dotnet build $sandboxProject -c $Configuration --nologo -v quiet
        $data = @{ ModulePath = (Join-Path $moduleOut 'TossPayments.psd1'); SandboxAssembly = $sandboxAssembly }
        $configuration = New-PesterConfiguration
        $suites = (Get-ChildItem -Path (Join-Path $root 'tests/Pester') -Filter '*.Tests.ps1').FullName
        $configuration.Run.Container = New-PesterContainer -Path $suites -Data $data
        $configuration.Run.Throw = $true
        $configuration.Output.Verbosity = 'Detailed'
        $configuration.TestResult.Enabled = $true
        $configuration.TestResult.OutputPath = Join-Path $out 'pester-results.xml'
        Invoke-Pester -Configuration $configuration
    }

    Package = {
        $repository = Join-Path $out 'repository'
        $staging = Join-Path $out 'package/TossPayments'
        Remove-Item -LiteralPath (Join-Path $out 'package') -Recurse -Force -ErrorAction Ignore
        $null = New-Item -ItemType Directory -Path $repository, $staging -Force
        Copy-Item -Path (Join-Path $moduleOut '*') -Destination $staging -Recurse
        $name = 'TossPaymentsBuild'
        Unregister-PSResourceRepository -Name $name -ErrorAction Ignore
        Register-PSResourceRepository -Name $name -Uri $repository -Trusted
        try {
            Publish-PSResource -Path $staging -Repository $name
        }
        finally {
            Unregister-PSResourceRepository -Name $name
        }

        Get-ChildItem -Path $repository -Filter "TossPayments.$version.nupkg" | ForEach-Object { Write-Host "Packaged $($_.FullName)" }
    }

    Sandbox = {
        Invoke-Dotnet run --project $sandboxProject -c $Configuration -- --urls 'http://127.0.0.1:5117'
    }

    Demo    = {
        Invoke-Dotnet build $sandboxProject -c $Configuration --nologo -v quiet
        $sandbox = Start-TossSandbox -SandboxAssembly $sandboxAssembly -Seed 1 -Payments 100
        try {
            Import-Module (Join-Path $moduleOut 'TossPayments.psd1') -Force
            Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_demo_0000' -AsPlainText) -BaseUri $sandbox.BaseUri

            # samples/orders.csv is the sandbox's own export for seed 1 and 100 payments.
            $rows = Import-Csv (Join-Path $root 'samples/orders.csv') |
                Where-Object { $_.status -eq 'DONE' -and $_.method -ne 'VIRTUAL_ACCOUNT' } |
                Select-Object -First 5 -Property paymentKey, orderId, @{ Name = 'cancelReason'; Expression = { '데모 취소' } }

            Write-Host "`nDry run (-WhatIf): nothing is sent." -ForegroundColor Cyan
            $rows | Stop-TossPayment -WhatIf

            Write-Host "`nFor real (-Force):" -ForegroundColor Cyan
            $rows | Stop-TossPayment -Force | Format-Table
        }
        finally {
            Disconnect-TossPayments
            Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
        }
    }

    Bench   = {
        Invoke-Dotnet run -c Release --project (Join-Path $root 'bench/TossPayments.Benchmarks') -- --runs 3
    }
}

# What a task needs done first: the laid-out module.
$needs = @{ Test = @('Build'); Package = @('Build'); Demo = @('Build') }
$done = [System.Collections.Generic.HashSet[string]]::new()
function Invoke-Task([string] $Name) {
    foreach ($need in @($needs[$Name] | Where-Object { $_ })) {
        Invoke-Task $need
    }

    if ($done.Add($Name)) {
        Write-Host "== $Name ($Configuration)" -ForegroundColor Green
        & $tasks[$Name]
    }
}

foreach ($name in $Task) {
    Invoke-Task $name
}
