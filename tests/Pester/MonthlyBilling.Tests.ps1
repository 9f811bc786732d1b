# Pester 5 suite: the billing cmdlets and samples/monthly-billing.ps1 against the sandbox in its
# own process. Run by ./build.ps1 Test, which passes the paths as container data.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sample = Join-Path $PSScriptRoot '..' '..' 'samples' 'monthly-billing.ps1'

    # Customers who registered a card: each gets an auth key from the sandbox (the billing
    # window's stand-in) and a billing key from New-TossBillingKey.
    function New-Subscriber([string] $BaseUri, [int] $Count) {
        $registrations = foreach ($i in 1..$Count) {
            $customerKey = [guid]::NewGuid().ToString()
            $auth = Invoke-RestMethod -Method Post "$BaseUri/sandbox/billing/auth-keys" -ContentType application/json -Body (@{ customerKey = $customerKey } | ConvertTo-Json)
            [pscustomobject]@{ customerKey = $customerKey; authKey = $auth.authKey }
        }
        $registrations | New-TossBillingKey -ErrorAction Stop |
            Select-Object CustomerKey, BillingKey, @{ n = 'amount'; e = { '9,900' } }, @{ n = 'orderName'; e = { '11월 구독료' } }
    }

    function Save-Subscriber([string] $Name, [object[]] $Subscribers) {
        $path = Join-Path $TestDrive "$Name.csv"
        $Subscribers | Export-Csv -LiteralPath $path -NoTypeInformation -Encoding utf8
        $path
    }

    function Invoke-MonthlyBilling([string] $BaseUri, [string] $Path, [string[]] $More = @()) {
        Invoke-TossSample -Script $sample -ModulePath $ModulePath -BaseUri $BaseUri -Arguments (@('-Path', $Path, '-Period', '2026-11') + $More)
    }

    # The sandbox's own record of charges: order id → how many times it was charged.
    function Get-ChargeCount([string] $BaseUri) {
        $counts = @{}
        @((Invoke-RestMethod "$BaseUri/sandbox/ledger")) | Where-Object kind -EQ 'Charge' | ForEach-Object { $counts[$_.orderId] = 1 + [int]$counts[$_.orderId] }
        $counts
    }

    function Set-Decline([string] $BaseUri, [string] $BillingKey, $Code) {
        $null = Invoke-RestMethod -Method Post "$BaseUri/sandbox/billing/$([uri]::EscapeDataString($BillingKey))/decline" -ContentType application/json -Body (@{ decline = $Code } | ConvertTo-Json)
    }
}

Describe 'New-TossBillingKey, Invoke-TossBillingCharge and Remove-TossBillingKey' {
    BeforeAll {
        $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 20
        Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0
        $subscribers = @(New-Subscriber $sandbox.BaseUri 2)
    }

    AfterAll {
        Disconnect-TossPayments
        Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
    }

    It 'shows a billing key only by its first characters in the table' {
        $auth = Invoke-RestMethod -Method Post "$($sandbox.BaseUri)/sandbox/billing/auth-keys" -ContentType application/json -Body '{"customerKey":"c-pester-0001"}'
        $billing = New-TossBillingKey -CustomerKey c-pester-0001 -AuthKey $auth.authKey

        $table = $billing | Format-Table | Out-String

        $table | Should -Match ([regex]::Escape($billing.BillingKey.Substring(0, 4) + '****'))
        $table | Should -Not -Match ([regex]::Escape($billing.BillingKey.Substring(0, 8)))
    }

    It 'charges CSV rows once per period, however often it runs' {
        $path = Save-Subscriber 'cmdlet' $subscribers

        $first = Import-Csv $path | Invoke-TossBillingCharge -Period 2026-10 -Force
        $again = Import-Csv $path | Invoke-TossBillingCharge -Period 2026-10 -Force

        $again.PaymentKey | Should -Be $first.PaymentKey
        @($first | Where-Object { $_.Type -eq 'BILLING' -and $_.Status -eq 'DONE' }).Count | Should -Be 2
        (Get-ChargeCount $sandbox.BaseUri).Values | Should -Be @(1, 1)
    }

    It 'shows the billing key masked in -Verbose' {
        $row = $subscribers[0]

        $said = Invoke-TossBillingCharge -CustomerKey $row.customerKey -BillingKey $row.billingKey -Amount 9900 -OrderName x -Period 2026-09 -Force -Verbose 4>&1 |
            Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | Out-String

        $said | Should -Match ([regex]::Escape($row.billingKey.Substring(0, 4) + '****'))
        $said | Should -Not -Match ([regex]::Escape($row.billingKey.Substring(0, 8)))
    }

    It 'removes a key, after which charging it fails' {
        $row = @(New-Subscriber $sandbox.BaseUri 1)[0]

        $removal = $row | Remove-TossBillingKey -Force
        $charged = $row | Invoke-TossBillingCharge -Period 2026-08 -Force -ErrorAction SilentlyContinue -ErrorVariable refused

        $removal.MaskedBillingKey | Should -Be ($row.BillingKey.Substring(0, 4) + '****')
        $charged | Should -BeNullOrEmpty
        @($refused).Count | Should -Be 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'ALREADY_REMOVED_BILLING_KEY,*'
    }
}

Describe 'monthly-billing.ps1' {
    BeforeAll {
        $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 20
        Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0
        $subscribers = @(New-Subscriber $sandbox.BaseUri 4)
        $path = Save-Subscriber 'subscribers' $subscribers
        $chargedPath = Join-Path $TestDrive 'subscribers.2026-11.charged.csv'
        $failedPath = Join-Path $TestDrive 'subscribers.2026-11.failed.csv'
        $declined = $subscribers[1]
    }

    AfterAll {
        Disconnect-TossPayments
        Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
    }

    It 'charges nothing and writes nothing with -WhatIf' {
        Invoke-MonthlyBilling $sandbox.BaseUri $path '-WhatIf' | Should -Be 0

        (Get-ChargeCount $sandbox.BaseUri).Count | Should -Be 0
        Test-Path $chargedPath | Should -BeFalse
    }

    It 'exits 1 when a card is declined, with the others charged and the declined one in the failed file without its billing key' {
        Set-Decline $sandbox.BaseUri $declined.billingKey 'REJECT_CARD_PAYMENT'

        Invoke-MonthlyBilling $sandbox.BaseUri $path | Should -Be 1

        @(Import-Csv $chargedPath).customerKey | Sort-Object | Should -Be ($subscribers.customerKey | Where-Object { $_ -ne $declined.customerKey } | Sort-Object)
        $failed = @(Import-Csv $failedPath)
        $failed.customerKey | Should -Be $declined.customerKey
        $failed.error | Should -Be 'REJECT_CARD_PAYMENT'
        $failed.outcome | Should -Be 'refused'
        Get-Content -Raw $failedPath | Should -Not -Match ([regex]::Escape($declined.billingKey))
    }

    It 'charges the declined subscriber on the next run, once the card is fixed, and nobody else again' {
        Set-Decline $sandbox.BaseUri $declined.billingKey $null

        Invoke-MonthlyBilling $sandbox.BaseUri $path | Should -Be 0

        $charged = @(Import-Csv $chargedPath)
        $charged.customerKey | Sort-Object | Should -Be ($subscribers.customerKey | Sort-Object)
        ($charged | Where-Object customerKey -EQ $declined.customerKey).attempt | Should -Be 2
        (Get-ChargeCount $sandbox.BaseUri).Values | Should -Be @(1, 1, 1, 1)
        Test-Path $failedPath | Should -BeFalse
    }

    It 'charges no one when run again for the same period' {
        Invoke-MonthlyBilling $sandbox.BaseUri $path | Should -Be 0

        (Get-ChargeCount $sandbox.BaseUri).Values | Should -Be @(1, 1, 1, 1)
    }

    It 'exits 1 for a row it cannot read exactly and charges the rest' {
        $rows = @(New-Subscriber $sandbox.BaseUri 2)
        $rows[0].amount = '9,90'
        $bad = Save-Subscriber 'bad' $rows

        Invoke-MonthlyBilling $sandbox.BaseUri $bad | Should -Be 1

        (Import-Csv (Join-Path $TestDrive 'bad.2026-11.failed.csv')).error | Should -Be 'InvalidAmount'
        (Import-Csv (Join-Path $TestDrive 'bad.2026-11.charged.csv')).customerKey | Should -Be $rows[1].customerKey
    }

    It 'exits 3 and charges nothing without a secret key' {
        $before = (Get-ChargeCount $sandbox.BaseUri).Count

        Invoke-TossSample -Script $sample -ModulePath $ModulePath -BaseUri $sandbox.BaseUri -SecretKey '' -Arguments @('-Path', $path, '-Period', '2026-12') | Should -Be 3

        (Get-ChargeCount $sandbox.BaseUri).Count | Should -Be $before
    }
}

Describe 'monthly-billing.ps1 under faults' {
    BeforeAll {
        # Answers lost after the charge, server errors and 429s, as the benchmark's S6.
        $faults = '--lost-response-rate', '0.2', '--error-rate', '0.1', '--rate-limit-rate', '0.05', '--retry-after-sec', '0', '--fault-seed', '3'
        $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 20 -Arguments $faults
        Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 10 -RetryIntervalSec 0.01
        $subscribers = @(New-Subscriber $sandbox.BaseUri 60)
        $path = Save-Subscriber 'faulty' $subscribers
        $orderIds = $subscribers | ForEach-Object { [TossPayments.Payments.BillingChargeKeys]::OrderId($_.customerKey, '2026-11') }
    }

    AfterAll {
        Disconnect-TossPayments
        Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
    }

    It 'charges every subscriber exactly once across a run and its re-runs' {
        $env:TOSSPAYMENTS_MAXIMUM_RETRY_COUNT = '1'
        try {
            $exits = foreach ($run in 1..6) {
                $exit = Invoke-MonthlyBilling $sandbox.BaseUri $path
                $exit
                if ($exit -eq 0) { break }
            }
        }
        finally {
            $env:TOSSPAYMENTS_MAXIMUM_RETRY_COUNT = $null
        }

        $exits[0] | Should -Not -Be 0 -Because 'with one retry the faults must leave the first run unfinished'
        $exits[-1] | Should -Be 0
        $counts = Get-ChargeCount $sandbox.BaseUri
        $orderIds | ForEach-Object { $counts[$_] } | Should -Be (@(1) * 60)
        @(Import-Csv (Join-Path $TestDrive 'faulty.2026-11.charged.csv')).Count | Should -Be 60
    }
}
