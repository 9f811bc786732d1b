#Requires -Version 7.4
#Requires -Modules TossPayments
<#
.SYNOPSIS
    Compares an orders CSV with TossPayments and writes the mismatches; exits 1 when there are any.

.DESCRIPTION
    Meant for a scheduled task: the connection comes from the environment variables
    TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox), never from a prompt.
    Each order (columns orderId, amount, status, as the sandbox's --export-orders writes them) is
    looked up by its order id. An order TossPayments does not know, or whose amount or status
    differs, is written to the mismatch file with what each side says.

.EXAMPLE
    $env:TOSSPAYMENTS_SECRET_KEY = 'test_sk_…'
    ./reconcile.ps1 -OrdersPath .\orders.csv -MismatchPath .\mismatches.csv
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $OrdersPath,

    [string] $MismatchPath = (Join-Path (Split-Path -Parent $OrdersPath) 'mismatches.csv'),

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8
)

$ErrorActionPreference = 'Stop'
if (-not $env:TOSSPAYMENTS_SECRET_KEY) {
    Write-Error 'Set TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox) for this task.' -ErrorAction Continue
    exit 2
}

$orders = @(Import-Csv -LiteralPath $OrdersPath)
$byOrder = @{}
$orders | Select-Object -ExpandProperty orderId |
    ForEach-Object { [pscustomobject]@{ OrderId = $_ } } |
    Get-TossPayment -ThrottleLimit $ThrottleLimit -ErrorVariable lookupErrors -ErrorAction SilentlyContinue |
    ForEach-Object { $byOrder[$_.OrderId] = $_ }

$unreachable = @($lookupErrors | Where-Object { $_.FullyQualifiedErrorId -notlike 'NOT_FOUND_PAYMENT,*' })
if ($unreachable) {
    Write-Error "$($unreachable.Count) lookups failed for another reason than 'not found', first: $($unreachable[0])" -ErrorAction Continue
    exit 2
}

$mismatches = foreach ($order in $orders) {
    $payment = $byOrder[$order.orderId]
    $problem = if (-not $payment) { 'missing in TossPayments' }
        elseif ($payment.TotalAmount -ne [decimal]$order.amount) { 'amount differs' }
        elseif ($order.status -and $payment.RawStatus -ne $order.status) { 'status differs' }
        elseif ($order.PSObject.Properties['balanceAmount'] -and $order.balanceAmount -and $payment.BalanceAmount -ne [decimal]$order.balanceAmount) { 'cancel not recorded' }

    if ($problem) {
        [pscustomobject]@{
            orderId         = $order.orderId
            problem         = $problem
            expectedAmount  = $order.amount
            actualAmount    = $payment.TotalAmount
            expectedStatus  = $order.status
            actualStatus    = $payment.RawStatus
            expectedBalance = $order.balanceAmount
            actualBalance   = $payment.BalanceAmount
            paymentKey      = $payment.PaymentKey
        }
    }
}

@($mismatches) | Export-Csv -LiteralPath $MismatchPath -NoTypeInformation -Encoding utf8
if ($mismatches) {
    Write-Warning "$(@($mismatches).Count) of $($orders.Count) orders do not match; see $MismatchPath."
    exit 1
}

Write-Host "All $($orders.Count) orders match."
exit 0
