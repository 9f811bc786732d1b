# Pester 5 end-to-end suite: the laid-out module against the sandbox in its own process.
# Run by ./build.ps1 Test, which passes the paths as container data.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 60
    Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0

    $ordersPath = Join-Path $TestDrive 'orders.csv'
    & dotnet $SandboxAssembly --export-orders $ordersPath --seed 5 --payments 60 | Out-Null

    # Invoke-RestMethod writes a JSON array as one object, so @(…) of it always counts 1: its own Count is the ledger's.
    function Get-LedgerCount { (Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/ledger").Count }

    function Get-CancelableRows([int] $Count) {
        Import-Csv $ordersPath |
            Where-Object { $_.status -eq 'DONE' -and $_.method -ne 'VIRTUAL_ACCOUNT' -and $_.isPartialCancelable -eq 'true' } |
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
        $payments.Status | Should -Be @('CANCELED', 'CANCELED', 'CANCELED')
    }

    It 'reports a bad row with the row and goes on' {
        $rows = @([pscustomobject]@{ paymentKey = 'no-such-payment'; cancelReason = 'pester' }) + @(Get-CancelableRows 5 | Select-Object -Last 1)

        $payments = $rows | Stop-TossPayment -Force -ErrorVariable failed -ErrorAction SilentlyContinue

        @($payments).Count | Should -Be 1
        $failed[0].TargetObject | Should -Be $rows[0]
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'NOT_FOUND_PAYMENT,*'
    }
}

Describe 'Stop-TossPayment refuses what it cannot read exactly' {
    It 'refuses a misspelled cancelAmount column from Import-Csv and cancels nothing' {
        $row = Get-CancelableRows 7 | Select-Object -Last 1
        $csv = Join-Path $TestDrive 'typo.csv'
        "paymentKey,cancelReason,cancel amount`n$($row.paymentKey),pester,1000" | Set-Content -LiteralPath $csv
        $before = Get-LedgerCount

        { Import-Csv $csv | Stop-TossPayment -Force -ErrorAction Stop } | Should -Throw -ErrorId 'MisspelledColumn,*'

        Get-LedgerCount | Should -Be $before
    }

    It 'refuses a NaN cancel amount and cancels nothing' {
        $row = Get-CancelableRows 8 | Select-Object -Last 1
        $before = Get-LedgerCount

        { [pscustomobject]@{ paymentKey = $row.paymentKey; cancelReason = 'x'; cancelAmount = 0.0 / 0.0 } | Stop-TossPayment -Force -ErrorAction Stop } |
            Should -Throw -ErrorId 'InvalidAmount,*'

        Get-LedgerCount | Should -Be $before
    }
}

Describe 'Format-List of a payment' {
    It 'shows nested objects as readable text, not type names' {
        $row = Get-CancelableRows 9 | Select-Object -Last 1
        $null = Stop-TossPayment $row.paymentKey -CancelReason 'pester' -CancelAmount 100 -Force

        $text = Get-TossPayment $row.paymentKey | Format-List * | Out-String

        $text | Should -Not -Match 'TossPayments\.Models\.'
        $text | Should -Match 'Cancels\s+: \{100 at '
    }
}

Describe 'Webhook events and verifications' {
    It 'show their type, transmission and what was checked, never the deposit secret' {
        $account = Import-Csv $ordersPath | Where-Object method -EQ 'VIRTUAL_ACCOUNT' | Select-Object -First 1
        $secret = (Get-TossPayment $account.paymentKey).Secret
        $body = '{"createdAt":"2024-09-05T12:19:20.000000","secret":"' + $secret + '","status":"DONE","transactionKey":"tx_1","orderId":"' + $account.orderId + '"}'
        $headers = @{ 'tosspayments-webhook-transmission-id' = "whtrans_pester_$(New-Guid)" }

        $event = ConvertFrom-TossWebhook -Body $body -Headers $headers
        $shown = ($event | Out-String) + ($event | Test-TossWebhook | Out-String)

        $secret | Should -Match '^ps_'
        $shown | Should -Match 'DEPOSIT_CALLBACK'
        $shown | Should -Match 'SecretAndLookedUp'
        $shown | Should -Not -Match ([regex]::Escape($secret))
    }
}

Describe 'Get-TossTransaction' {
    It 'lists the seeded day oldest first' {
        $day = @(Get-TossTransaction -Date 2026-11-02 -PageSize 7)

        $day.Count | Should -BeGreaterThan 7
        $day | Should -BeOfType ([TossPayments.Models.Transaction])
        ($day.TransactionAt | Sort-Object) | Should -Be $day.TransactionAt
    }

    It 'stops at -First' {
        @(Get-TossTransaction -Date 2026-11-02 -First 5).Count | Should -Be 5
    }

    It 'writes nothing for a day with no transactions' {
        @(Get-TossTransaction -Date 2026-10-01).Count | Should -Be 0
    }
}

Describe 'reconcile.ps1 -Day' {
    BeforeAll {
        $reconcile = Join-Path $PSScriptRoot '..' '..' 'samples' 'reconcile.ps1'

        function Invoke-Reconcile([string] $OrdersPath, [string] $MismatchPath) {
            Invoke-TossSample -Script $reconcile -ModulePath $ModulePath -BaseUri $sandbox.BaseUri -Arguments @(
                '-OrdersPath', $OrdersPath, '-MismatchPath', $MismatchPath, '-Day', '2026-11-02')
        }
    }

    It 'exits 0 when the books match the day' {
        Invoke-Reconcile $ordersPath (Join-Path $TestDrive 'none.csv') | Should -Be 0
    }

    It 'exits 1 and writes the order whose amount the books got wrong' {
        $books = @(Import-Csv $ordersPath)
        $wrong = $books | Where-Object status -eq 'DONE' | Select-Object -First 1
        $wrong.amount = [string]([decimal]$wrong.amount + 100)
        $edited = Join-Path $TestDrive 'edited.csv'
        $books | Export-Csv $edited -NoTypeInformation
        $mismatches = Join-Path $TestDrive 'mismatches.csv'

        Invoke-Reconcile $edited $mismatches | Should -Be 1

        $rows = @(Import-Csv $mismatches)
        $rows.Count | Should -Be 1
        $rows[0].orderId | Should -Be $wrong.orderId
        $rows[0].problem | Should -Be 'amount differs'
    }
}

Describe 'Errors' {
    It 'throws NOT_FOUND_PAYMENT for an unknown payment' {
        { Get-TossPayment 'no-such-payment' -ErrorAction Stop } | Should -Throw -ErrorId 'NOT_FOUND_PAYMENT,*'
    }

    It 'throws InvalidPaymentKey before sending anything' {
        { Stop-TossPayment 'bad key' -CancelReason 'pester' -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidPaymentKey,*'
    }

    It 'throws InvalidAmount for a cancel amount with a fraction of a won' {
        $row = Get-CancelableRows 10 | Select-Object -Last 1
        { Stop-TossPayment $row.paymentKey -CancelReason 'pester' -CancelAmount 10.5 -Force -ErrorAction Stop } | Should -Throw -ErrorId 'InvalidAmount,*'
    }

    It 'throws TossPaymentsNotConnected with no connection' {
        $connection = Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -PassThru
        Disconnect-TossPayments
        try {
            { Get-TossPayment 'any-key' } | Should -Throw -ErrorId 'TossPaymentsNotConnected,*'
        }
        finally {
            Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $connection.BaseUri -MaximumRetryCount 0
        }
    }
}
