#Requires -Version 7.6
#Requires -Modules TossPayments
<#
.SYNOPSIS
    Gives every invoice of a CSV file a virtual account to pay into: a dry run first, then for
    real, with the accounts to send the customers and the failed rows written to CSV files. With
    -Status, tells which invoices are paid, still waiting, or past due.

.DESCRIPTION
    The CSV has the columns invoiceId, amount, orderName, customerName and bank (the issuing
    bank's 2-character code: 88, 06…), and optionally customerEmail, customerMobilePhone,
    taxFreeAmount, and validHours or dueDate (Korea time when it has no zone). An empty cell is a
    value not given; with neither validHours nor dueDate, the account takes deposits for 168 hours.

    Each row is sent as one New-TossVirtualAccount request, with an order id and an idempotency
    key made from the row (columns named orderId or idempotencyKey are replaced):

      orderId         inv-<invoiceId>. An order id gets one account, ever, so an invoice never
                      gets two. To issue an invoice again (its account canceled or past due), give
                      it a new invoiceId.
      idempotencyKey  inv-<invoiceId>-<hash>: the first 16 hex digits of the SHA-256 of every
                      value, as written, that the row gives New-TossVirtualAccount. A key is one
                      request: the same row sends the same key, which TossPayments answers with
                      its first answer for 15 days; a changed row is another request, so it sends
                      another key and never gets the answer to the request it replaced.

    So the file can be run again, whole, after any failure: rows issued before get their first
    answer back (the same account; nothing is issued); a row whose outcome was unknown (no answer)
    sends its key again, which finishes that one request; a refused row (a bank that issues no
    accounts, an amount that is not a number, a due date too far away) can be corrected in the file
    and is then a new request. A row changed in any way after its account was issued ('12,000'
    rewritten '12000' included), or run again after the 15 days, fails with DUPLICATED_ORDER_ID:
    its invoice has its account, which stays listed in the accounts file.

    -WhatIf stops after the dry run. The real run writes, next to the CSV:
      <name>.accounts.csv  invoiceId, orderId, paymentKey, bank, accountNumber, dueDate, amount:
                           what to send each customer. Accounts an earlier run wrote and this one
                           did not answer again are kept.
      <name>.failed.csv    the failed rows, as sent, with the error id and message; exit code 1.
                           Correct them in the original file and run it again.

    With -Status, reads <name>.accounts.csv, looks each payment up and writes, per invoice, its
    state: paid (DONE), waiting (WAITING_FOR_DEPOSIT), past due (WAITING_FOR_DEPOSIT, and marked
    expired or past its due date on this machine's clock: TossPayments keeps the status and sends no
    event when an account falls due), or the payment's status (CANCELED…); exit code 1 when a
    lookup failed.

    Uses the connection of Connect-TossPayments, or TOSSPAYMENTS_SECRET_KEY and
    TOSSPAYMENTS_BASE_URI.

.EXAMPLE
    ./virtual-account-invoices.ps1 ./november.csv -WhatIf

    The dry run only: what would be issued, and the rows that would be refused.

.EXAMPLE
    ./virtual-account-invoices.ps1 ./november.csv -Force

    The dry run, then the accounts, without asking; november.accounts.csv holds them.

.EXAMPLE
    ./virtual-account-invoices.ps1 ./november.csv -Status | Where-Object state -ne paid
#>
[CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'Issue')]
param(
    # The invoices CSV.
    [Parameter(Mandatory, Position = 0)]
    [ValidateScript({ Test-Path -LiteralPath $_ -PathType Leaf })]
    [string] $Path,

    # Issue without asking after the dry run.
    [Parameter(ParameterSetName = 'Issue')]
    [switch] $Force,

    # Report which invoices of <name>.accounts.csv are paid, waiting or past due.
    [Parameter(Mandatory, ParameterSetName = 'Status')]
    [switch] $Status,

    [ValidateRange(1, 64)]
    [int] $ThrottleLimit = 8
)

$ErrorActionPreference = 'Stop'
$base = [System.IO.Path]::ChangeExtension($Path, $null).TrimEnd('.')
$accountsPath = "$base.accounts.csv"
$failedPath = "$base.failed.csv"

if ($Status) {
    if (-not (Test-Path -LiteralPath $accountsPath)) {
        throw "$accountsPath does not exist: run this script without -Status first."
    }

    $accounts = @(Import-Csv -LiteralPath $accountsPath)
    if ($accounts.Count -eq 0) {
        Write-Warning "$accountsPath lists no accounts."
        exit 0
    }

    $invoiceOf = @{}
    $accounts | ForEach-Object { $invoiceOf[$_.paymentKey] = $_.invoiceId }
    $now = [DateTimeOffset]::Now
    Get-TossPayment -PaymentKey $accounts.paymentKey -ThrottleLimit $ThrottleLimit -ErrorVariable lookupFailed -ErrorAction SilentlyContinue |
        ForEach-Object {
            $payment, $account = $_, $_.VirtualAccount
            [pscustomobject]@{
                invoiceId = $invoiceOf[$payment.PaymentKey]
                state     = switch ($payment.RawStatus) {
                    'DONE' { 'paid' }
                    'WAITING_FOR_DEPOSIT' { if ($account.Expired -or $now -gt $account.DueDate) { 'past due' } else { 'waiting' } }
                    default { $payment.RawStatus }
                }
                amount    = $payment.TotalAmount
                dueDate   = $account.DueDate
            }
        }

    if ($lookupFailed) {
        $lookupFailed | ForEach-Object { Write-Warning ('{0}: {1}' -f $invoiceOf[$_.TargetObject], $_.Exception.Message) }
        exit 1
    }

    exit 0
}

$rows = @(Import-Csv -LiteralPath $Path)
if ($rows.Count -eq 0) {
    Write-Warning "$Path has no rows."
    return
}

if ($rows[0].PSObject.Properties.Name -notcontains 'invoiceId') {
    throw "$Path has no invoiceId column: the order id and idempotency key of each row are made from it."
}

# The columns New-TossVirtualAccount reads, by name or alias: what makes a row's request.
$requestColumns = (Get-Command New-TossVirtualAccount).Parameters.Values |
    Where-Object { $_.ParameterSets.Values.ValueFromPipelineByPropertyName -contains $true -and $_.Name -notin 'OrderId', 'IdempotencyKey' } |
    ForEach-Object { $_.Name; $_.Aliases }

$requests = @(foreach ($row in $rows) {
    $request = $row | Select-Object -Property * -ExcludeProperty orderId, idempotencyKey, error, message
    $given = $request.PSObject.Properties |
        Where-Object { $_.Name -in $requestColumns -and "$($_.Value)".Trim() } |
        Sort-Object { $_.Name.ToLowerInvariant() } |
        ForEach-Object { '{0}={1}' -f $_.Name.ToLowerInvariant(), $_.Value }
    $hash = [System.Security.Cryptography.SHA256]::HashData([System.Text.Encoding]::UTF8.GetBytes($given -join "`n"))
    $request | Add-Member -NotePropertyMembers ([ordered]@{
            orderId        = "inv-$($row.invoiceId)"
            idempotencyKey = 'inv-{0}-{1}' -f $row.invoiceId, [Convert]::ToHexString($hash, 0, 8).ToLowerInvariant()
        }) -PassThru
})

Write-Host "Dry run of $($requests.Count) invoices (nothing is sent):" -ForegroundColor Cyan
$requests | New-TossVirtualAccount -WhatIf -ErrorVariable invalid -ErrorAction SilentlyContinue
if ($invalid) {
    Write-Warning "$($invalid.Count) rows would be refused; they will be in $failedPath."
    $invalid | ForEach-Object { Write-Warning ('invoice {0}: {1}' -f $_.TargetObject.invoiceId, $_.Exception.Message) }
}

if (-not $PSCmdlet.ShouldProcess($Path, "Issue virtual accounts for $($requests.Count - $invalid.Count) invoices")) {
    return
}

if (-not $Force -and -not $PSCmdlet.ShouldContinue("Issue $($requests.Count - $invalid.Count) virtual accounts for real?", 'Virtual-account invoices')) {
    return
}

$accounts = @($requests | New-TossVirtualAccount -Confirm:$false -ThrottleLimit $ThrottleLimit -ErrorVariable failed -ErrorAction SilentlyContinue |
    ForEach-Object {
        [pscustomobject]@{
            invoiceId     = $_.OrderId.Substring('inv-'.Length)
            orderId       = $_.OrderId
            paymentKey    = $_.PaymentKey
            bank          = $_.VirtualAccount.BankCode
            accountNumber = $_.VirtualAccount.AccountNumber
            dueDate       = $_.VirtualAccount.DueDate.ToString("yyyy-MM-dd'T'HH:mm:sszzz", [cultureinfo]::InvariantCulture)
            amount        = $_.TotalAmount
        }
    })

# An account is never lost from the file: those an earlier run wrote and this one did not answer
# again (a row changed or removed since, a key past its 15 days) stay listed.
$answered = @($accounts | ForEach-Object invoiceId)
$earlier = if (Test-Path -LiteralPath $accountsPath) { Import-Csv -LiteralPath $accountsPath | Where-Object invoiceId -NotIn $answered }
@($accounts) + @($earlier) | Export-Csv -LiteralPath $accountsPath -NoTypeInformation -Encoding utf8
Write-Host "$($accounts.Count) invoices have their account (issued now, or by an earlier run of the same row); all are in $accountsPath."

if ($failed) {
    $failed | ForEach-Object {
        $errorId, $message = $_.FullyQualifiedErrorId.Split(',')[0], $_.Exception.Message
        $_.TargetObject | Select-Object -Property *, @{ Name = 'error'; Expression = { $errorId } }, @{ Name = 'message'; Expression = { $message } }
    } | Export-Csv -LiteralPath $failedPath -NoTypeInformation -Encoding utf8
    Write-Warning "$($failed.Count) invoices failed; they are in $failedPath with their errors. Correct them in $Path and run it again: the invoices issued already are not issued twice."
    exit 1
}

Remove-Item -LiteralPath $failedPath -ErrorAction Ignore
exit 0
