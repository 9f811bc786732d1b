#Requires -Version 7.6
#Requires -Modules TossPayments
# An Azure Functions (PowerShell) HTTP trigger that receives TossPayments webhooks: register its
# URL in the developer center. The connection comes from the app settings TOSSPAYMENTS_SECRET_KEY
# (and TOSSPAYMENTS_BASE_URI for the sandbox); deposits are appended to the CSV named by
# TOSSPAYMENTS_DEPOSIT_LEDGER (default: deposits.csv in the temp folder). Deploy it with
# samples/lib/TossWebhookHandler.ps1 at the path dot-sourced below, or change that path.
param($Request, $TriggerMetadata)

. ([System.IO.Path]::Combine($PSScriptRoot, '..', '..', '..', 'lib', 'TossWebhookHandler.ps1'))

$ledger = if ($env:TOSSPAYMENTS_DEPOSIT_LEDGER) { $env:TOSSPAYMENTS_DEPOSIT_LEDGER } else { [System.IO.Path]::Combine([System.IO.Path]::GetTempPath(), 'deposits.csv') }
$status = Invoke-TossWebhookDelivery -Request $Request -DepositLedgerPath $ledger

Push-OutputBinding -Name Response -Value ([HttpResponseContext]@{ StatusCode = $status })
