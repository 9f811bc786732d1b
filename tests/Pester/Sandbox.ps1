# Dot-sourced by the Pester suites and build.ps1: starts the sandbox in its own process on a free loopback port.

function Start-TossSandbox {
    param(
        [Parameter(Mandatory)] [string] $SandboxAssembly,
        [int] $Seed = 5,
        [int] $Payments = 60
    )

    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    $port = $listener.LocalEndpoint.Port
    $listener.Stop()

    $process = Start-Process dotnet -PassThru -NoNewWindow -ArgumentList @(
        "`"$SandboxAssembly`"", '--urls', "http://127.0.0.1:$port", '--seed', $Seed, '--payments', $Payments, '--quiet')
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
