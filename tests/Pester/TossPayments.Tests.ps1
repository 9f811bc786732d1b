# Pester 5 end-to-end suite: the laid-out module against the sandbox in its own process.
# Run by ./build.ps1 Test, which passes the paths as container data.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeDiscovery {
    Import-Module $ModulePath -Force
    $commands = (Get-Command -Module TossPayments).Name
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 60
    Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0

    $ordersPath = Join-Path $TestDrive 'orders.csv'
    & dotnet $SandboxAssembly --export-orders $ordersPath --seed 5 --payments 60 | Out-Null

    function Get-LedgerCount { @(Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/ledger").Count }

    function Get-CancelableRows([int] $Count) {
        Import-Csv $ordersPath |
            Where-Object { $_.status -eq 'DONE' -and $_.method -ne 'VIRTUAL_ACCOUNT' } |
            Select-Object -First $Count -Property paymentKey, @{ Name = 'cancelReason'; Expression = { 'pester' } }
    }
}

AfterAll {
    Disconnect-TossPayments
    Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
}

Describe 'Stop-TossPayment with a CSV' {
    It 'sends nothing with -WhatIf' {
        $before = Get-LedgerCount

        Get-CancelableRows 3 | Stop-TossPayment -WhatIf

        Get-LedgerCount | Should -Be $before
    }

    It 'cancels every row with -Force' {
        $rows = Get-CancelableRows 3

        $payments = $rows | Stop-TossPayment -Force

        $payments.PaymentKey | Should -Be $rows.paymentKey
        $payments.Status | Should -Be @('Canceled', 'Canceled', 'Canceled')
    }

    It 'reports a bad row with the row and goes on' {
        $rows = @([pscustomobject]@{ paymentKey = 'no-such-payment'; cancelReason = 'pester' }) + @(Get-CancelableRows 5 | Select-Object -Last 1)

        $payments = $rows | Stop-TossPayment -Force -ErrorVariable failed -ErrorAction SilentlyContinue

        @($payments).Count | Should -Be 1
        $failed[0].TargetObject | Should -Be $rows[0]
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'NOT_FOUND_PAYMENT,*'
    }
}

Describe 'Errors' {
    It 'throws NOT_FOUND_PAYMENT for an unknown payment' {
        { Get-TossPayment 'no-such-payment' -ErrorAction Stop } | Should -Throw -ErrorId 'NOT_FOUND_PAYMENT'
    }

    It 'throws InvalidPaymentKey before sending anything' {
        { Stop-TossPayment 'bad key' -CancelReason 'pester' -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidPaymentKey'
    }

    It 'throws InvalidAmount for a cancel amount with a fraction of a won' {
        $row = Get-CancelableRows 10 | Select-Object -Last 1
        { Stop-TossPayment $row.paymentKey -CancelReason 'pester' -CancelAmount 10.5 -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidAmount'
    }

    It 'throws TossPaymentsNotConnected with no connection' {
        $connection = Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -PassThru
        Disconnect-TossPayments
        try {
            { Get-TossPayment 'any-key' } | Should -Throw -ErrorId 'TossPaymentsNotConnected'
        }
        finally {
            Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $connection.BaseUri -MaximumRetryCount 0
        }
    }
}

Describe 'Help for <_>' -ForEach $commands {
    BeforeAll {
        $help = Get-Help $_ -Full
    }

    It 'has a synopsis' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        $help.Synopsis | Should -Not -BeLike "$_ *"
    }

    It 'has at least three examples' {
        @($help.Examples.Example).Count | Should -BeGreaterOrEqual 3
    }
}
