#Requires -Version 7.6
#Requires -Modules TossPayments, Pode
<#
.SYNOPSIS
    A Pode server that receives TossPayments webhooks at POST /toss/webhooks.

.DESCRIPTION
    Register http://<host>:<port>/toss/webhooks in the developer center. The connection comes from
    TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox); each verified deposit is
    appended to -DepositLedgerPath. Each delivery is answered as samples/lib/TossWebhookHandler.ps1
    says: 200 handled or already handled, 400 refused, 500 try again later.

.EXAMPLE
    ./pode-server.ps1 -Port 8085 -DepositLedgerPath ./deposits.csv
#>
param(
    [int] $Port = 8085,
    [string] $DepositLedgerPath = (Join-Path $PWD 'deposits.csv')
)

Start-PodeServer -Threads 2 {
    Add-PodeEndpoint -Address 127.0.0.1 -Port $Port -Protocol Http
    Import-PodeModule -Name TossPayments
    Set-PodeState -Name DepositLedgerPath -Value $DepositLedgerPath | Out-Null
    Set-PodeState -Name Handler -Value (Join-Path $PSScriptRoot '..' 'lib' 'TossWebhookHandler.ps1') | Out-Null

    Add-PodeRoute -Method Post -Path '/toss/webhooks' -ScriptBlock {
        . (Get-PodeState -Name Handler)
        $status = Invoke-TossWebhookDelivery -Request $WebEvent.Request -DepositLedgerPath (Get-PodeState -Name DepositLedgerPath)
        Set-PodeResponseStatus -Code $status -NoErrorPage
    }
}
