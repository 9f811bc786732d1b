#Requires -Version 7.6
#Requires -Modules TossPayments
<#
.SYNOPSIS
    Charges every subscriber of a CSV once for a period: a scheduled task that is safe to run again.

.DESCRIPTION
    The subscribers CSV has the columns customerKey, billingKey, amount and orderName (customerName,
    customerEmail and orderId are optional). The connection comes from the environment variables
    TOSSPAYMENTS_SECRET_KEY (and TOSSPAYMENTS_BASE_URI for the sandbox), never from a prompt.

    Each subscriber is charged once per period. The charge's order id is the period and a hash of
    the customer key (unless the row has an orderId), and its idempotency key is derived from the
    order id and the attempt (see Get-Help Invoke-TossBillingCharge). Two files are written next
    to the subscribers CSV, for subscribers.csv and 2026-11:

      subscribers.2026-11.charged.csv  every subscriber charged for the period, kept across runs:
                                       customerKey, orderId, paymentKey, amount, approvedAt, attempt
      subscribers.2026-11.failed.csv   the subscribers this run did not charge: customerKey,
                                       orderId, attempt, outcome, error, message (no billing key)

    Run it again, the same way, after any failure. Subscribers already charged are skipped. An
    unknown outcome (no answer) is sent again with the same idempotency key, which finishes that
    charge and never makes a second. A refusal (a declined card) is tried with the next attempt:
    a new idempotency key for the same order id, which TossPayments charges at most once.

    Exit codes: 0 every subscriber is charged; 1 some were refused (see the failed file; run
    again once fixed); 2 some outcomes are unknown or the API was busy (run again: it finishes
    them); 3 the run could not start (no connection, no rows); nothing was charged.

.EXAMPLE
    $env:TOSSPAYMENTS_SECRET_KEY = 'test_sk_…'
    ./monthly-billing.ps1 -Path ./subscribers.csv

.EXAMPLE
    ./monthly-billing.ps1 -Path ./subscribers.csv -Period 2026-11 -WhatIf
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $Path,

    # The period's label (default: this month in Korea time, e.g. 2026-11).
    [ValidatePattern('^[A-Za-z0-9_-]{1,40}$')]
    [string] $Period = [DateTimeOffset]::UtcNow.ToOffset([TimeSpan]::FromHours(9)).ToString('yyyy-MM'),

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$base = [System.IO.Path]::ChangeExtension($Path, $null).TrimEnd('.') + ".$Period"
$chargedPath = "$base.charged.csv"
$failedPath = "$base.failed.csv"

function Read-CsvIfAny([string] $File) {
    if (Test-Path -LiteralPath $File) { @(Import-Csv -LiteralPath $File) } else { @() }
}

# The order id a row is charged under: its own, or the one Invoke-TossBillingCharge derives.
function Get-ChargeOrderId($Row) {
    if ($Row.PSObject.Properties['orderId']?.Value) { return $Row.orderId }
    try { [TossPayments.Payments.BillingChargeKeys]::OrderId($Row.customerKey, $Period) } catch { $null }
}

# What a failure means for the next run: the same key again, or the next attempt.
function Get-Outcome([System.Management.Automation.ErrorRecord] $Failure) {
    $id = $Failure.FullyQualifiedErrorId.Split(',')[0]
    if ($id -eq 'TossPaymentsOutcomeUnknown') { return 'unknown' }
    if ($Failure.Exception -is [TossPayments.TossPaymentsApiException] -and $Failure.Exception.ErrorClass -eq 'Temporary') { return 'busy' }
    'refused'
}

$subscribers = @(Import-Csv -LiteralPath $Path)
if ($subscribers.Count -eq 0) {
    Write-Error "$Path has no rows." -ErrorAction Continue
    exit 3
}

$charged = @{}
foreach ($row in Read-CsvIfAny $chargedPath) { $charged[$row.orderId] = $row }
$lastAttempt = @{}
foreach ($row in Read-CsvIfAny $failedPath) {
    $lastAttempt[$row.orderId] = if ($row.outcome -eq 'refused') { [int]$row.attempt + 1 } else { [int]$row.attempt }
}

# Each row not yet charged, with its order id and attempt as columns, so its result finds it.
$due = foreach ($row in $subscribers) {
    $orderId = Get-ChargeOrderId $row
    if ($orderId -and $charged.ContainsKey($orderId)) { continue }
    $attempt = if ($orderId -and $lastAttempt.ContainsKey($orderId)) { $lastAttempt[$orderId] } else { 1 }
    $row | Add-Member -NotePropertyMembers @{ orderId = $orderId; attempt = $attempt } -Force -PassThru
}
$due = @($due)
Write-Host "$Period`: $($subscribers.Count) subscribers, $($subscribers.Count - $due.Count) charged by an earlier run, $($due.Count) to charge."

try {
    $payments = @($due | Invoke-TossBillingCharge -Period $Period -Force -ThrottleLimit $ThrottleLimit -ErrorVariable failed -ErrorAction SilentlyContinue)
}
catch {
    # A failure of the whole run (no connection), not of a row: nothing was charged.
    Write-Error "The run could not start: $_" -ErrorAction Continue
    exit 3
}
if ($WhatIfPreference) { exit 0 }

$dueByOrder = @{}
foreach ($row in $due) { if ($row.orderId) { $dueByOrder[$row.orderId] = $row } }
if ($payments.Count -gt 0) {
    $payments | Select-Object @{ n = 'customerKey'; e = { $dueByOrder[$_.OrderId].customerKey } }, @{ n = 'orderId'; e = { $_.OrderId } }, @{ n = 'paymentKey'; e = { $_.PaymentKey } },
        @{ n = 'amount'; e = { $_.TotalAmount } }, @{ n = 'approvedAt'; e = { $_.ApprovedAt?.ToString('o') } }, @{ n = 'attempt'; e = { $dueByOrder[$_.OrderId].attempt } } |
        Export-Csv -LiteralPath $chargedPath -NoTypeInformation -Encoding utf8 -Append
}

$failures = @($failed | ForEach-Object {
        [pscustomobject]@{
            customerKey = $_.TargetObject.customerKey
            orderId     = $_.TargetObject.orderId
            attempt     = $_.TargetObject.attempt
            outcome     = Get-Outcome $_
            error       = $_.FullyQualifiedErrorId.Split(',')[0]
            message     = $_.Exception.Message
        }
    })
if ($failures.Count -gt 0) {
    $failures | Export-Csv -LiteralPath $failedPath -NoTypeInformation -Encoding utf8
}
elseif (Test-Path -LiteralPath $failedPath) {
    Remove-Item -LiteralPath $failedPath
}

$unfinished = @($failures | Where-Object outcome -ne 'refused').Count
$refused = $failures.Count - $unfinished
Write-Host "$Period`: $($payments.Count) charged now, $refused refused, $unfinished unknown or busy. Charged: $chargedPath"
if ($failures.Count -gt 0) {
    Write-Warning "$($failures.Count) subscribers were not charged; they are in $failedPath. Run this script again: it charges no one twice."
}
if ($unfinished -gt 0) { exit 2 }
if ($refused -gt 0) { exit 1 }
exit 0
