# Dot-sourced by the Pester suites and build.ps1: starts the sandbox in its own process on a free
# loopback port, and runs a sample script as a scheduled task would.

function Start-TossSandbox {
    param(
        [Parameter(Mandatory)] [string] $SandboxAssembly,
        [int] $Seed = 5,
        [int] $Payments = 60,
        # More sandbox options, such as the fault injection: '--error-rate', '0.1'.
        [string[]] $Arguments = @()
    )

    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    $port = $listener.LocalEndpoint.Port
    $listener.Stop()

    $process = Start-Process dotnet -PassThru -NoNewWindow -ArgumentList (@(
        "`"$SandboxAssembly`"", '--urls', "http://127.0.0.1:$port", '--seed', $Seed, '--payments', $Payments, '--quiet') + $Arguments)
    $baseUri = "http://127.0.0.1:$port"
    foreach ($attempt in 1..50) {
        try {
            $null = Invoke-RestMethod "$baseUri/sandbox/requests"
            return [pscustomobject]@{ Process = $process; BaseUri = $baseUri }
        }
        catch {
            Start-Sleep -Milliseconds 200
        }
    }

    Stop-Process -InputObject $process -ErrorAction Ignore
    throw "The sandbox did not answer on $baseUri."
}

# Runs a sample in its own pwsh, as a scheduled task would: the module found by name (as
# #Requires -Modules needs), the connection from the environment variables. Gives the exit code.
function Invoke-TossSample {
    param(
        [Parameter(Mandatory)] [string] $Script,
        [Parameter(Mandatory)] [string] $ModulePath,
        [Parameter(Mandatory)] [string] $BaseUri,
        [string[]] $Arguments = @(),
        # The secret key the task has; empty for none.
        [string] $SecretKey = 'test_sk_pester_0000'
    )

    # The folder that holds the TossPayments module folder (out/, or bin/<cfg>/module).
    $moduleRoot = Split-Path -Parent $ModulePath
    while ((Split-Path -Leaf $moduleRoot) -ne 'TossPayments') { $moduleRoot = Split-Path -Parent $moduleRoot }
    $moduleRoot = Split-Path -Parent $moduleRoot

    $saved = $env:PSModulePath, $env:TOSSPAYMENTS_SECRET_KEY, $env:TOSSPAYMENTS_BASE_URI
    try {
        $env:PSModulePath = $moduleRoot + [IO.Path]::PathSeparator + $env:PSModulePath
        $env:TOSSPAYMENTS_SECRET_KEY = $SecretKey
        $env:TOSSPAYMENTS_BASE_URI = $BaseUri
        & ([System.Environment]::ProcessPath) -NoProfile -NonInteractive -File $Script @Arguments | Out-Null
        $LASTEXITCODE
    }
    finally {
        $env:PSModulePath, $env:TOSSPAYMENTS_SECRET_KEY, $env:TOSSPAYMENTS_BASE_URI = $saved
    }
}
