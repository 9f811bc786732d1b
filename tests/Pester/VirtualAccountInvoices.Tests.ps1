# Pester 5 suite: samples/virtual-account-invoices.ps1 against the sandbox in its own process.
# Run by ./build.ps1 Test, which passes the paths as container data.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 20
    Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0

    $sample = Join-Path $PSScriptRoot '..' '..' 'samples' 'virtual-account-invoices.ps1'
    # Issues as a scheduled task would: its own pwsh, the connection from the environment; gives the exit code.
    function Invoke-Invoices([string] $Path, [string] $Switch) {
        Invoke-TossSample -Script $sample -ModulePath $ModulePath -BaseUri $sandbox.BaseUri -Arguments @('-Path', $Path, $Switch)
    }

    # The status report's objects, from a run in this session (its connection).
    function Get-InvoiceState([string] $Path) {
        $states = @{}
        & $sample -Path $Path -Status | ForEach-Object { $states[$_.invoiceId] = $_.state }
        $states
    }

    # The ledger's issues. Invoke-RestMethod writes a JSON array as one object: the parentheses enumerate it.
    function Get-Issued { @((Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/ledger") | Where-Object kind -EQ 'Issue') }

    function Invoice([string] $Id, [string] $Amount = '50000', [string] $Bank = '88', [string] $ValidHours = '', [string] $DueDate = '') {
        [pscustomobject]@{
            invoiceId = $Id; amount = $Amount; orderName = '11월 관리비'; customerName = '김토스'; customerEmail = 'toss.kim@example.com'
            bank = $Bank; validHours = $ValidHours; dueDate = $DueDate
        }
    }

    function Save-Invoices([string] $Name, [object[]] $Invoices) {
        $path = Join-Path $TestDrive "$Name.csv"
        $Invoices | Export-Csv -LiteralPath $path -NoTypeInformation -Encoding utf8
        $path
    }

    # A due date in Korea time, as a merchant writes it (no zone), some days from the sandbox's now.
    function Get-KoreaDate([int] $Days) {
        $now = [DateTimeOffset](Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/clock").now
        $now.ToOffset([TimeSpan]::FromHours(9)).AddDays($Days).ToString('yyyy-MM-dd HH:mm:ss')
    }
}

AfterAll {
    Disconnect-TossPayments
    Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
}

Describe 'virtual-account-invoices.ps1' {
    BeforeAll {
        $due = Get-KoreaDate 3
        $invoices = Save-Invoices 'november' @(
            Invoice 'A-001' -Amount 150000
            Invoice 'A-002' -Amount '98,000' -Bank 81 -ValidHours 48
            Invoice 'A-003' -Amount 124500 -Bank 20 -DueDate $due
        )
        $accountsPath = Join-Path $TestDrive 'november.accounts.csv'
        $failedPath = Join-Path $TestDrive 'november.failed.csv'
    }

    It 'sends nothing with -WhatIf' {
        $before = @(Get-Issued).Count

        Invoke-Invoices $invoices '-WhatIf' | Should -Be 0

        @(Get-Issued).Count | Should -Be $before
        $accountsPath | Should -Not -Exist
    }

    It 'gives every invoice an account and lists them in the accounts CSV' {
        Invoke-Invoices $invoices '-Force' | Should -Be 0

        $accounts = @(Import-Csv $accountsPath)
        $accounts.invoiceId | Should -Be 'A-001', 'A-002', 'A-003'
        $accounts.orderId | Should -Be 'inv-A-001', 'inv-A-002', 'inv-A-003'
        $accounts.bank | Should -Be '88', '81', '20'
        $accounts.amount | Should -Be '150000', '98000', '124500'
        $accounts | ForEach-Object { $_.accountNumber | Should -Match '^X\d+$' }
        $accounts[2].dueDate | Should -Be ($due.Replace(' ', 'T') + '+09:00')
        $issued = Get-Issued | Where-Object orderId -Like 'inv-A-*'
        $issued.paymentKey | Sort-Object | Should -Be ($accounts.paymentKey | Sort-Object)
        $failedPath | Should -Not -Exist
    }

    It 'issues nothing new when the same file is run again, and lists the same accounts' {
        $before = Get-Content -LiteralPath $accountsPath -Raw
        $issued = @(Get-Issued).Count

        Invoke-Invoices $invoices '-Force' | Should -Be 0

        @(Get-Issued).Count | Should -Be $issued
        Get-Content -LiteralPath $accountsPath -Raw | Should -Be $before
    }

    It 'does not give an invoice a second account when its row changes, and keeps its account listed' {
        $before = Import-Csv $accountsPath
        $issued = @(Get-Issued).Count
        $changed = @(Import-Csv $invoices)
        $changed[1].amount = '99000'
        $changed | Export-Csv -LiteralPath $invoices -NoTypeInformation -Encoding utf8

        Invoke-Invoices $invoices '-Force' | Should -Be 1

        @(Get-Issued).Count | Should -Be $issued
        # A new key went out (a reused one would have been answered with the first account: IdempotencyKeyMismatch).
        $failed = @(Import-Csv $failedPath)
        $failed.invoiceId | Should -Be 'A-002'
        $failed.error | Should -Be 'DUPLICATED_ORDER_ID'
        Import-Csv $accountsPath | Sort-Object invoiceId | ConvertTo-Csv | Should -Be ($before | ConvertTo-Csv)
    }
}

Describe 'virtual-account-invoices.ps1 with bad rows' {
    BeforeAll {
        $good = Invoice 'B-001'
        $invoices = Save-Invoices 'december' @(
            $good
            Invoice 'B-002' -Bank 99
            Invoice 'B-003' -Amount '12,000원'
            Invoice 'B-004' -DueDate (Get-KoreaDate 100)
        )
        $accountsPath = Join-Path $TestDrive 'december.accounts.csv'
        $failedPath = Join-Path $TestDrive 'december.failed.csv'
    }

    It 'issues the good rows, lists each bad one with its error id, and exits 1' {
        $issued = @(Get-Issued).Count

        Invoke-Invoices $invoices '-Force' | Should -Be 1

        (Import-Csv $accountsPath).invoiceId | Should -Be 'B-001'
        $failed = @(Import-Csv $failedPath)
        $failed.invoiceId | Should -Be 'B-002', 'B-003', 'B-004'
        $failed.error | Should -Be 'InvalidBank', 'InvalidAmount', 'EXCEED_MAX_DUE_DATE'
        $failed.bank | Should -Be '99', '88', '88'
        $failed.amount | Should -Be '50000', '12,000원', '50000'
        @(Get-Issued).Count | Should -Be ($issued + 1)
    }

    It 'issues the corrected rows on a re-run of the file, and nothing twice' {
        $first = Import-Csv $accountsPath
        $issued = @(Get-Issued).Count
        Save-Invoices 'december' @(
            $good
            Invoice 'B-002' -Bank 88
            Invoice 'B-003' -Amount '12,000'
            Invoice 'B-004' -DueDate (Get-KoreaDate 30)
        )

        Invoke-Invoices $invoices '-Force' | Should -Be 0

        $accounts = @(Import-Csv $accountsPath)
        $accounts.invoiceId | Should -Be 'B-001', 'B-002', 'B-003', 'B-004'
        $accounts[0].paymentKey | Should -Be $first.paymentKey
        $accounts[2].amount | Should -Be '12000'
        @(Get-Issued).Count | Should -Be ($issued + 3)
        $failedPath | Should -Not -Exist
    }
}

Describe 'virtual-account-invoices.ps1 -Status' {
    BeforeAll {
        $invoices = Save-Invoices 'january' @(
            Invoice 'C-001'
            Invoice 'C-002' -ValidHours 48
            Invoice 'C-003'
        )
        Invoke-Invoices $invoices '-Force' | Should -Be 0
        $accounts = Import-Csv (Join-Path $TestDrive 'january.accounts.csv')
    }

    It 'reports every invoice waiting before any deposit' {
        $states = Get-InvoiceState $invoices

        $states['C-001'], $states['C-002'], $states['C-003'] | Should -Be 'waiting', 'waiting', 'waiting'
    }

    It 'reports the invoice paid once its customer deposits, and the others waiting' {
        $deposited = Invoke-RestMethod -Method Post "$($sandbox.BaseUri)/sandbox/virtual-accounts/$($accounts[0].paymentKey)/deposit"
        $deposited.status | Should -Be 'DONE'

        $states = Get-InvoiceState $invoices

        $states['C-001'], $states['C-002'], $states['C-003'] | Should -Be 'paid', 'waiting', 'waiting'
    }

    It 'reports an unpaid invoice past due once the clock passes its due date' {
        $null = Invoke-RestMethod -Method Post "$($sandbox.BaseUri)/sandbox/clock" -ContentType 'application/json' -Body '{"advanceSeconds": 176400}'

        $states = Get-InvoiceState $invoices

        # 49 hours on: past C-002's 48 hours, within C-003's 168.
        $states['C-001'], $states['C-002'], $states['C-003'] | Should -Be 'paid', 'past due', 'waiting'
        (Get-TossPayment $accounts[1].paymentKey).Status | Should -Be 'WAITING_FOR_DEPOSIT'
    }
}
