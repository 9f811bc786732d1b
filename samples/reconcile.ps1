#Requires -Version 7.6
#Requires -Modules TossPayments
<#
.SYNOPSIS
    Compares an orders CSV with TossPayments and writes the mismatches; exits 1 when there are any.

.DESCRIPTION
    Meant for a scheduled task: the connection comes from the environment variables
    TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox), never from a prompt.
    The orders CSV has the columns orderId, amount and status (and optionally balanceAmount), as
    the sandbox's --export-orders writes them.

    With -Day, the whole day is reconciled from its transaction list: the day's approvals and
    cancels (Get-TossTransaction -Date) are compared with the orders of that day. Differences:
    'missing in TossPayments', 'missing in orders', 'amount differs', 'cancel not recorded' and
    'status differs' (see lib/OrderTransactionComparison.ps1). This reads the whole day in a few
    requests, however many orders there are.

    Without -Day, each order is looked up by its order id (one request per order): an order
    TossPayments does not know, or whose amount, status or balance differs, is a mismatch.

    Exit codes: 0 everything matches; 1 mismatches, written to -MismatchPath; 2 the check could
    not be made (no connection, a page or lookup that failed for another reason than 'not found').

.EXAMPLE
    $env:TOSSPAYMENTS_SECRET_KEY = 'test_sk_…'
    ./reconcile.ps1 -OrdersPath .\orders-2026-11-02.csv -Day 2026-11-02

.EXAMPLE
    ./reconcile.ps1 -OrdersPath .\orders.csv -MismatchPath .\mismatches.csv -ThrottleLimit 16
#>
[CmdletBinding(DefaultParameterSetName = 'ByOrder')]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $OrdersPath,

    [string] $MismatchPath = (Join-Path (Split-Path -Parent $OrdersPath) 'mismatches.csv'),

    # The Korean calendar day to reconcile, e.g. 2026-11-02.
    [Parameter(Mandatory, ParameterSetName = 'ByDay')]
    [ValidatePattern('^\d{4}-\d{2}-\d{2}$')]
    [string] $Day,

    [Parameter(ParameterSetName = 'ByOrder')]
    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8
)

$ErrorActionPreference = 'Stop'
if (-not $env:TOSSPAYMENTS_SECRET_KEY) {
    Write-Error 'Set TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox) for this task.' -ErrorAction Continue
    exit 2
}

$orders = @(Import-Csv -LiteralPath $OrdersPath)
if ($PSCmdlet.ParameterSetName -eq 'ByDay') {
    . (Join-Path $PSScriptRoot 'lib' 'OrderTransactionComparison.ps1')
    try {
        $mismatches = @(Get-TossTransaction -Date $Day | Compare-OrderTransaction -Order $orders)
    }
    catch {
        Write-Error "The transactions of $Day could not be listed: $_" -ErrorAction Continue
        exit 2
    }
}
else {
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
}

@($mismatches) | Export-Csv -LiteralPath $MismatchPath -NoTypeInformation -Encoding utf8
if ($mismatches) {
    Write-Warning "$(@($mismatches).Count) differences with $($orders.Count) orders; see $MismatchPath."
    exit 1
}

Write-Host "All $($orders.Count) orders match."
exit 0
