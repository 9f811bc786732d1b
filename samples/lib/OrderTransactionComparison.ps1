# Compares a merchant's orders with the TossPayments transactions of the same day. Dot-sourced by
# reconcile.ps1 -Day; written with the language and core cmdlets only, so the module's tests can
# run it in a bare engine.

function Compare-OrderTransaction {
    <#
    .SYNOPSIS
        Compares orders (orderId, amount, status, optionally balanceAmount) with transactions piped
        in from Get-TossTransaction, and writes one row per difference.

    .DESCRIPTION
        Transactions stream through: only a summary per order id is kept (approved amount, canceled
        amount, last status, keys), so memory grows with the orders, not the transactions.

        The problems, one row each:
          missing in TossPayments  the order says it was paid (DONE, WAITING_FOR_DEPOSIT, CANCELED,
                                   PARTIAL_CANCELED) but the day has no approval for it
          missing in orders        the day has transactions for an order id the orders do not have
          amount differs           the approval's amount is not the order's amount
          cancel not recorded      the day has cancels the order does not show (its status is still
                                   DONE or WAITING_FOR_DEPOSIT, or its balance is higher than the
                                   approval less the cancels)
          status differs           the status the day's last transaction left is not the order's
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)]
        [AllowEmptyCollection()]
        [object[]] $Order,

        [Parameter(ValueFromPipeline)]
        [object] $Transaction
    )

    begin {
        $paidStatuses = 'DONE', 'WAITING_FOR_DEPOSIT', 'CANCELED', 'PARTIAL_CANCELED'
        $uncanceledStatuses = 'DONE', 'WAITING_FOR_DEPOSIT'
        $byOrder = [ordered]@{}
    }

    process {
        if ($null -eq $Transaction) { return }
        $summary = $byOrder[$Transaction.OrderId]
        if ($null -eq $summary) {
            $summary = @{ Approved = $null; Canceled = [decimal]0; LastStatus = $null; Keys = [System.Collections.Generic.List[string]]::new() }
            $byOrder[$Transaction.OrderId] = $summary
        }

        if ($Transaction.IsCancel) { $summary.Canceled += $Transaction.Amount }
        else { $summary.Approved = $Transaction.Amount }
        $summary.LastStatus = $Transaction.RawStatus
        $summary.Keys.Add($Transaction.TransactionKey)
    }

    end {
        function New-Difference($OrderRow, $OrderId, $Summary, $Problem) {
            [pscustomobject]@{
                orderId         = $OrderId
                problem         = $Problem
                expectedAmount  = if ($OrderRow) { $OrderRow.amount }
                actualAmount    = if ($Summary) { $Summary.Approved }
                expectedStatus  = if ($OrderRow) { $OrderRow.status }
                actualStatus    = if ($Summary) { $Summary.LastStatus }
                expectedBalance = if ($OrderRow -and $OrderRow.PSObject.Properties['balanceAmount']) { $OrderRow.balanceAmount }
                canceledAmount  = if ($Summary) { $Summary.Canceled }
                transactionKeys = if ($Summary) { $Summary.Keys -join ' ' }
            }
        }

        $known = @{}
        foreach ($row in $Order) {
            $known[$row.orderId] = $true
            $summary = $byOrder[$row.orderId]
            if ($null -eq $summary -or $null -eq $summary.Approved) {
                if ($paidStatuses -contains $row.status) { New-Difference $row $row.orderId $summary 'missing in TossPayments' }
                elseif ($null -ne $summary) { New-Difference $row $row.orderId $summary 'status differs' }
                continue
            }

            if ($summary.Approved -ne [decimal]$row.amount) { New-Difference $row $row.orderId $summary 'amount differs' }

            $hasBalance = $row.PSObject.Properties['balanceAmount'] -and "$($row.balanceAmount)" -ne ''
            $unrecorded = $summary.Canceled -gt 0 -and (
                ($uncanceledStatuses -contains $row.status) -or
                ($hasBalance -and [decimal]$row.balanceAmount -gt $summary.Approved - $summary.Canceled))
            if ($unrecorded) { New-Difference $row $row.orderId $summary 'cancel not recorded' }
            elseif ($summary.LastStatus -ne $row.status) { New-Difference $row $row.orderId $summary 'status differs' }
        }

        foreach ($orderId in $byOrder.Keys) {
            if (-not $known.ContainsKey($orderId)) { New-Difference $null $orderId $byOrder[$orderId] 'missing in orders' }
        }
    }
}
