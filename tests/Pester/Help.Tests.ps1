# The compiled help, as Get-Help shows it: run by ./build.ps1 Test after the Help task.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeDiscovery {
    Import-Module $ModulePath -Force
    $commands = (Get-Command -Module TossPayments).Name
    $compiled = Test-Path -LiteralPath (Join-Path (Split-Path -Parent $ModulePath) 'en-US/TossPayments.PowerShell.dll-Help.xml')
}

Describe 'Get-Help <_>' -ForEach $commands -Skip:(-not $compiled) {
    BeforeAll {
        Import-Module $ModulePath -Force
        $help = Get-Help $_ -Full
        $text = $help | Out-String -Width 200
    }

    It 'has a synopsis and a description' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$_ *"
        $help.Description.Text | Should -Not -BeNullOrEmpty
    }

    It 'shows three or more examples, each with its code and what it does' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 3
        foreach ($example in $examples) {
            $example.code | Should -Not -BeNullOrEmpty
            ($example.remarks.Text -join '') | Should -Not -BeNullOrEmpty
        }
    }

    It 'shows no markdown fences' {
        $text | Should -Not -Match '```'
    }

    It 'lists related links by name, without file names or an empty online version' {
        $links = @($help.relatedLinks.navigationLink)
        $links.Count | Should -BeGreaterThan 0
        $links.linkText | Should -Not -Contain 'Online Version'
        $links.uri | Where-Object { $_ -like '*.md' } | Should -BeNullOrEmpty
    }
}
