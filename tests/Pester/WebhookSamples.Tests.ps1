# Pester 5: samples/webhooks/pode-server.ps1 receiving the sandbox's real deliveries. Run by
# ./build.ps1 Test; skipped where the Pode module is not installed.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeDiscovery {
    $podeInstalled = [bool] (Get-Module -ListAvailable -Name Pode)
}

Describe 'samples/webhooks/pode-server.ps1' -Skip:(-not $podeInstalled) {
    BeforeAll {
        . (Join-Path $PSScriptRoot 'Sandbox.ps1')
        Import-Module $ModulePath -Force
        $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 5 -Payments 60
        Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_pester_0000' -AsPlainText) -BaseUri $sandbox.BaseUri -MaximumRetryCount 0

        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start()
        $port = $listener.LocalEndpoint.Port
        $listener.Stop()

        $ledger = Join-Path $TestDrive 'deposits.csv'
        $server = Join-Path $PSScriptRoot '..' '..' 'samples' 'webhooks' 'pode-server.ps1'
        # The module as laid out, found by name, as an installed one is.
        $modules = Split-Path -Parent (Split-Path -Parent (Split-Path -Parent $ModulePath))
        $job = Start-Job -ScriptBlock {
            param($server, $port, $ledger, $modules, $baseUri)
            $env:PSModulePath = $modules + [System.IO.Path]::PathSeparator + $env:PSModulePath
            $env:TOSSPAYMENTS_SECRET_KEY = 'test_sk_pester_0000'
            $env:TOSSPAYMENTS_BASE_URI = $baseUri
            & $server -Port $port -DepositLedgerPath $ledger
        } -ArgumentList $server, $port, $ledger, $modules, $sandbox.BaseUri

        $url = "http://127.0.0.1:$port/toss/webhooks"
        foreach ($attempt in 1..100) {
            try {
                Invoke-WebRequest $url -Method Post -Body 'not json' -SkipHttpErrorCheck -ErrorAction Stop | Out-Null
                break
            }
            catch {
                Start-Sleep -Milliseconds 200
            }
        }

        Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/webhooks" -Method Post -ContentType 'application/json' -Body (@{ url = $url } | ConvertTo-Json) | Out-Null

        function Wait-Delivered {
            foreach ($attempt in 1..100) {
                # Invoke-RestMethod writes a JSON array as one object: its members are enumerated here.
                $deliveries = Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/webhooks/deliveries"
                if ($deliveries.Count -gt 0 -and $deliveries.state -notcontains 'Pending') { return $deliveries }
                Start-Sleep -Milliseconds 100
            }
            throw 'The deliveries were not all answered.'
        }
    }

    AfterAll {
        $job | Stop-Job -PassThru | Remove-Job -Force
        Disconnect-TossPayments
        Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
    }

    It 'answers a body that is not a webhook with 400' {
        (Invoke-WebRequest $url -Method Post -Body '<html>hello</html>' -SkipHttpErrorCheck).StatusCode | Should -Be 400
    }

    It 'verifies a virtual account''s deposit, records it once and answers every delivery 200' {
        $order = "PODE-DEPOSIT-$(Get-Random -Maximum 99999)"
        $checkout = Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/payments" -Method Post -ContentType 'application/json' `
            -Body (@{ orderId = $order; amount = 15000; method = 'VIRTUAL_ACCOUNT' } | ConvertTo-Json)
        Confirm-TossPayment -PaymentKey $checkout.paymentKey -OrderId $order -Amount 15000 -Confirm:$false | Out-Null
        Invoke-RestMethod "$($sandbox.BaseUri)/sandbox/virtual-accounts/$($checkout.paymentKey)/deposit" -Method Post | Out-Null

        $deliveries = Wait-Delivered

        $deliveries.state | Sort-Object -Unique | Should -Be 'Delivered'
        $deliveries.eventType | Sort-Object | Should -Be @('DEPOSIT_CALLBACK', 'DEPOSIT_CALLBACK', 'PAYMENT_STATUS_CHANGED')
        $rows = @(Import-Csv $ledger)
        $rows.Count | Should -Be 1
        $rows[0].orderId | Should -Be $order
        $rows[0].amount | Should -Be '15000'
    }
}
