# Pester 5 suite: the cash-receipt cmdlets against the sandbox in its own process, as their help
# examples use them. Run by ./build.ps1 Test, which passes the paths as container data.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 20
    Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0
    $today = [DateTimeOffset](Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/clock").now

    $salesPath = Join-Path $TestDrive 'cash-sales.csv'
    @(
        [pscustomobject]@{ orderId = 'CR-PESTER-001'; orderName = '아메리카노'; amount = '4,500'; type = '소득공제'; customerIdentityNumber = '010-1234-5678' }
        [pscustomobject]@{ orderId = 'CR-PESTER-002'; orderName = '원두 5kg'; amount = '150000'; type = 'ExpenseProof'; customerIdentityNumber = '123-45-67890' }
        [pscustomobject]@{ orderId = 'CR-PESTER-003'; orderName = '원두 1kg'; amount = '32000'; type = '영수증'; customerIdentityNumber = '010-000-1234' }
    ) | Export-Csv -LiteralPath $salesPath -NoTypeInformation -Encoding utf8
}

AfterAll {
    Disconnect-TossPayments
    Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
}

Describe 'Cash receipts from a CSV' {
    It 'issues a receipt for each good row and reports the bad one with its row' {
        $receipts = Import-Csv $salesPath | New-TossCashReceipt -ErrorVariable failed -ErrorAction SilentlyContinue

        $receipts.OrderId | Should -Be @('CR-PESTER-001', 'CR-PESTER-002')
        $receipts.Type | Should -Be @('소득공제', '지출증빙')
        $receipts.Amount | Should -Be @(4500, 150000)
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -Be 'InvalidCashReceiptType,TossPayments.PowerShell.Commands.NewTossCashReceiptCommand'
        $failed[0].TargetObject.orderId | Should -Be 'CR-PESTER-003'
    }

    It 'lists the day in a table' {
        $table = Get-TossCashReceipt $today | Format-Table | Out-String

        $table | Should -Match 'CR-PESTER-001\s+CONFIRM\s+IN_PROGRESS\s+소득공제\s+4,500'
    }

    It 'cancels part of one receipt and all of another, piped from the listing' {
        $issued = @(Get-TossCashReceipt $today | Where-Object TransactionType -EQ 'CONFIRM')

        $part = Stop-TossCashReceipt $issued[0].ReceiptKey -CancelAmount 1500 -Force
        $whole = $issued[1] | Stop-TossCashReceipt -Force

        $part.TransactionType, $part.Amount, $part.ReceiptKey | Should -Be @('CANCEL', 1500, "c_$($issued[0].ReceiptKey)")
        $whole.Amount | Should -Be $issued[1].Amount
        @(Get-TossCashReceipt $today -PageSize 1).Count | Should -Be 4
    }
}
