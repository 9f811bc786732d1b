# An example for users: how your own Pester tests can run your TossPayments scripts against the
# sandbox, and Mock a cmdlet where a real call is not wanted. Run by ./build.ps1 Test.
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SandboxAssembly
)

BeforeAll {
    . (Join-Path $PSScriptRoot 'Sandbox.ps1')
    Import-Module $ModulePath -Force
    $sandbox = Start-TossSandbox -SandboxAssembly $SandboxAssembly -Seed 9 -Payments 40
    Connect-TossPayments -SecretKey (ConvertTo-SecureString 'test_sk_user_example' -AsPlainText) -BaseUri $sandbox.BaseUri

    # The code under test: a merchant's refund step.
    function Invoke-OrderRefund {
        param([Parameter(Mandatory)] [string] $OrderId)
        $payment = Get-TossPayment -OrderId $OrderId
        if (-not $payment.CanBeCanceled()) {
            return "Order $OrderId has nothing to refund ($($payment.Status))."
        }

        $payment | Stop-TossPayment -CancelReason '주문 취소' -Force
    }
}

AfterAll {
    Disconnect-TossPayments
    Stop-Process -InputObject $sandbox.Process -ErrorAction Ignore
}

Describe 'Invoke-OrderRefund' {
    It 'refunds a paid order against the sandbox' {
        # ORDER-000001 is the sandbox's first payment: a DONE card payment, whatever the seed.
        $refunded = Invoke-OrderRefund -OrderId 'ORDER-000001'

        $refunded.Status | Should -Be 'CANCELED'
        $refunded.BalanceAmount | Should -Be 0
    }

    It 'cancels nothing when the payment cannot be canceled' {
        Mock Get-TossPayment {
            [TossPayments.Json.TossJson]::DeserializePayment('{"paymentKey":"k-expired","orderId":"ORDER-EXPIRED","status":"EXPIRED","totalAmount":1000,"balanceAmount":1000}')
        }
        Mock Stop-TossPayment { throw 'must not be called' }

        $result = Invoke-OrderRefund -OrderId 'ORDER-EXPIRED'

        $result | Should -BeLike '*nothing to refund (Expired)*'
        Should -Invoke Get-TossPayment -Times 1 -Exactly -ParameterFilter { $OrderId -eq 'ORDER-EXPIRED' }
        Should -Invoke Stop-TossPayment -Times 0 -Exactly
    }
}
