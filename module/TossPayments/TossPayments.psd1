#
# Module manifest for TossPayments. The version lives only in Directory.Build.props: the build
# writes it over the 0.0.0 below in the laid-out copy, which is what ships. The license is
# the LICENSE file beside it (MIT). LicenseUri and ProjectUri are left out until the project has a
# public address: a gallery shows them as links, and a wrong link is worse than none.
#
@{
    RootModule             = 'TossPayments.PowerShell.dll'
    ModuleVersion          = '0.0.0'
    CompatiblePSEditions   = @('Core')
    GUID                   = '6f0e3c2a-7b1d-4f5e-9a8c-2d4b6e8f1a3c'
    Author                 = 'TossPayments for PowerShell contributors'
    CompanyName            = 'TossPayments for PowerShell contributors'
    Copyright              = '(c) TossPayments for PowerShell contributors. MIT License.'
    Description            = 'Look up, confirm and cancel TossPayments payments from PowerShell: typed Payment objects, bulk cancellation from CSV files with -WhatIf, safe re-runs with idempotency keys, transactions and settlements streamed by day for reconciliation, and a local sandbox for tests.'
    PowerShellVersion      = '7.6'
    RequiredAssemblies     = @('TossPayments.dll')
    FormatsToProcess       = @('TossPayments.format.ps1xml')
    CmdletsToExport        = @(
        'Connect-TossPayments'
        'Disconnect-TossPayments'
        'Get-TossPayment'
        'Confirm-TossPayment'
        'Stop-TossPayment'
        'Get-TossTransaction'
        'Get-TossSettlement'
        'New-TossVirtualAccount'
        'New-TossBillingKey'
        'Invoke-TossBillingCharge'
        'New-TossCashReceipt'
        'Stop-TossCashReceipt'
        'Get-TossCashReceipt'
        'Remove-TossBillingKey'
        'ConvertFrom-TossWebhook'
        'Test-TossWebhook'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('TossPayments', 'Payments', 'PaymentGateway', 'Korea', 'KRW', 'Refund', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ReleaseNotes = '0.1.0: Connect-TossPayments, Disconnect-TossPayments, Get-TossPayment, Confirm-TossPayment and Stop-TossPayment (full and partial cancels, virtual-account refunds), Get-TossTransaction and Get-TossSettlement (paged lists streamed for reconciliation), with a local sandbox of the API.'
        }
    }
}
