#Requires -Version 7.6
#Requires -Modules TossPayments
<#
.SYNOPSIS
    Cancels the payments listed in a CSV file: a dry run first, then for real, with the results
    and the failed rows written to CSV files so that the failures can be run again.

.DESCRIPTION
    The CSV needs a paymentKey and a cancelReason column; cancelAmount (empty for the whole
    balance), and bank, accountNumber, holderName for virtual-account refunds, are optional.

    Before anything is sent, every row gets an idempotencyKey if it has none, and the file is
    saved with them. Running the script again on the same file (or on the failed-rows file) then
    never cancels anything twice: TossPayments answers a repeated key with the first result.

.EXAMPLE
    ./bulk-cancel.ps1 -Path .\cancels.csv

.EXAMPLE
    ./bulk-cancel.ps1 -Path .\cancels.failed.csv -Force
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $Path,

    # Cancel without asking after the dry run.
    [switch] $Force,

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8
)

$ErrorActionPreference = 'Stop'
$rows = @(Import-Csv -LiteralPath $Path)
if ($rows.Count -eq 0) {
    Write-Warning "$Path has no rows."
    return
}

# Give every row a key of its own, and keep it in the file, before anything is sent.
if (-not ($rows[0].PSObject.Properties.Name -contains 'idempotencyKey')) {
    $rows = $rows | Select-Object -Property *, @{ Name = 'idempotencyKey'; Expression = { [guid]::NewGuid().ToString('N') } }
    $rows | Export-Csv -LiteralPath $Path -NoTypeInformation -Encoding utf8
    Write-Host "Added an idempotencyKey to each row of $Path, so it can be run again safely."
}

Write-Host "Dry run of $($rows.Count) rows (nothing is sent):" -ForegroundColor Cyan
$rows | Stop-TossPayment -WhatIf -ErrorVariable invalid -ErrorAction SilentlyContinue
if ($invalid) {
    Write-Warning "$($invalid.Count) rows would be refused; they are listed below and skipped in the real run."
    $invalid | ForEach-Object { Write-Warning ('{0}: {1}' -f $_.TargetObject.paymentKey, $_.Exception.Message) }
}

if (-not $Force -and -not $PSCmdlet.ShouldContinue("Cancel $($rows.Count) payments for real?", 'Bulk cancel')) {
    return
}

$base = [System.IO.Path]::ChangeExtension($Path, $null).TrimEnd('.')
$canceled = "$base.canceled.csv"
$failedPath = "$base.failed.csv"

$rows | Stop-TossPayment -Force -ThrottleLimit $ThrottleLimit -ErrorVariable failed -ErrorAction SilentlyContinue |
    Select-Object PaymentKey, OrderId, Status, TotalAmount, BalanceAmount, LastTransactionKey |
    Export-Csv -LiteralPath $canceled -NoTypeInformation -Encoding utf8

Write-Host "Canceled: $canceled"
if ($failed) {
    $failed | ForEach-Object {
        $errorId = $_.FullyQualifiedErrorId.Split(',')[0]
        $_.TargetObject | Select-Object -Property *, @{ Name = 'error'; Expression = { $errorId } }
    } | Export-Csv -LiteralPath $failedPath -NoTypeInformation -Encoding utf8
    Write-Warning "$($failed.Count) rows failed; they are in $failedPath with their idempotency keys. Fix what the error column says and run this script on that file."
    exit 1
}
