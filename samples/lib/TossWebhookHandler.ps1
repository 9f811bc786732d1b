# Receives one TossPayments webhook delivery: reads it, verifies it, acts on it, and says which
# HTTP status to answer. Dot-sourced by the Azure Functions and Pode samples; written with the
# language and core cmdlets only, so the module's tests can run it in a bare engine.

function Invoke-TossWebhookDelivery {
    <#
    .SYNOPSIS
        Reads, verifies and acts on one delivery; returns the HTTP status to answer it with.

    .DESCRIPTION
        The request is the host's: Azure Functions' $Request (RawBody, Headers) or Pode's
        $WebEvent.Request (Body, Headers). What it answers:

          200  verified and handled; or a retry of a delivery already handled (TossWebhookReplayed),
               which is not acted on again; or an event type with nothing to verify it by, ignored
          400  malformed, too large, forged or stale: never acted on
          500  nothing is known yet (a lookup failed): TossPayments sends it again later

        The action: a virtual account's deposit (a DEPOSIT_CALLBACK saying DONE whose payment,
        looked up, is DONE) is appended once per payment to the deposit ledger, a CSV of orderId,
        paymentKey, amount, approvedAt and transmissionId, for reconcile.ps1 or a person to compare
        with the orders. The payment acted on is always the looked-up one, never the event's copy.
    #>
    [CmdletBinding()]
    [OutputType([int])]
    param(
        [Parameter(Mandatory)] [psobject] $Request,
        [Parameter(Mandatory)] [string] $DepositLedgerPath
    )

    $event = ConvertFrom-TossWebhook -Request $Request -ErrorAction SilentlyContinue -ErrorVariable unreadable
    if (-not $event) {
        $PSCmdlet.WriteWarning("Refused a delivery: $($unreadable[0])")
        return 400
    }

    $verified = $event | Test-TossWebhook -ErrorAction SilentlyContinue -ErrorVariable refused
    if ($refused) {
        $id = $refused[0].FullyQualifiedErrorId
        if ($id -like 'TossWebhookReplayed,*') { return 200 }
        $PSCmdlet.WriteWarning("Refused $event`: $($refused[0])")
        if ($id -like 'TossWebhook*') { return 400 }
        return 500
    }

    if (-not $verified.IsVerified) {
        $PSCmdlet.WriteWarning("Ignored $event`: $($verified.Detail)")
        return 200
    }

    # A deposit: the event says so and the payment, looked up, agrees. The issue's callback can
    # arrive after the deposit, and the delivery log lives only as long as the process: the ledger
    # itself says whether this payment is recorded already.
    $payment = $verified.Payment
    if ($event.EventType -eq 'DEPOSIT_CALLBACK' -and $event.Status -eq 'DONE' -and $payment -and $payment.Status -eq 'DONE') {
        if (-not [System.IO.File]::Exists($DepositLedgerPath)) {
            [System.IO.File]::WriteAllText($DepositLedgerPath, "orderId,paymentKey,amount,approvedAt,transmissionId`n")
        }

        $recorded = [System.IO.File]::ReadAllLines($DepositLedgerPath) | Where-Object { $_.Split(',')[1] -eq $payment.PaymentKey }
        if (-not $recorded) {
            $row = @($payment.OrderId, $payment.PaymentKey, $payment.TotalAmount, $payment.ApprovedAt.ToString('o'), $event.Delivery.TransmissionId) -join ','
            [System.IO.File]::AppendAllText($DepositLedgerPath, "$row`n")
        }
    }

    return 200
}
