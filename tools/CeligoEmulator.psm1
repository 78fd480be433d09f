# Starts and stops the local integrator.io emulator (src/CeligoPS.Emulator) as a separate process, for
# build.ps1 Demo and the Pester tests. Works in Windows PowerShell 5.1 and PowerShell 7.

$script:Root = Split-Path -Path $PSScriptRoot -Parent

function Start-CeligoEmulator {
    <#
    .SYNOPSIS
        Starts the emulator on a free loopback port and returns its base URI, token and process.
    #>
    [CmdletBinding()]
    param(
        [string] $Token = 'demo-token',
        [int] $Seed = 1,
        # An account that holds only connections (other ids and secrets): the target of a publish.
        [switch] $Empty,
        [ValidateSet('Debug', 'Release')] [string] $Configuration = 'Release',
        [int] $TimeoutSeconds = 60
    )
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        throw 'The .NET SDK (dotnet) is not on PATH; the emulator needs it. Install .NET SDK 10 from https://dotnet.microsoft.com/download.'
    }
    $project = Join-Path $script:Root 'src/CeligoPS.Emulator/CeligoPS.Emulator.csproj'
    $dll = Join-Path $script:Root "src/CeligoPS.Emulator/bin/$Configuration/net10.0/CeligoPS.Emulator.dll"
    if (-not (Test-Path $dll)) {
        & dotnet build $project -c $Configuration --nologo -v quiet | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "Building the emulator failed (dotnet build $project -c $Configuration)." }
    }

    # Run the built assembly directly (not 'dotnet run'), so stopping this one process stops the emulator.
    $start = New-Object System.Diagnostics.ProcessStartInfo
    $start.FileName = 'dotnet'
    $start.Arguments = "`"$dll`" --port 0 --token $Token --seed $Seed$(if ($Empty) { ' --empty' })"
    $start.UseShellExecute = $false
    $start.RedirectStandardInput = $true   # takes "reset" (see Reset-CeligoEmulator)
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardError = $true
    $start.CreateNoWindow = $true
    $process = [System.Diagnostics.Process]::Start($start)

    # Whatever goes wrong while waiting for it (a timeout, a broken pipe, Ctrl+C), the process is not left behind.
    $started = $false
    try {
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        $read = $null
        while ([DateTime]::UtcNow -lt $deadline) {
            # One read at a time: a read still waiting for its line is waited on again, never doubled
            # (a stream takes one pending read; a slow start would otherwise fail on the second).
            if ($null -eq $read) { $read = $process.StandardOutput.ReadLineAsync() }
            if (-not $read.Wait([TimeSpan]::FromSeconds(1))) {
                if ($process.HasExited) { break }
                continue
            }
            $line = $read.Result
            $read = $null
            if ($null -eq $line) { break }
            if ($line -match 'listening on (http://\S+)') {
                $process.BeginErrorReadLine() # keep the error pipe drained; its lines are not needed
                $started = $true
                return [pscustomobject]@{
                    PSTypeName = 'CeligoPS.EmulatorProcess'
                    BaseUri    = $Matches[1]
                    Token      = $Token
                    Process    = $process
                }
            }
        }
        $errorText = if ($process.HasExited) { $process.StandardError.ReadToEnd() } else { '' }
        throw "The emulator did not start within $TimeoutSeconds seconds. $errorText"
    }
    finally {
        if (-not $started -and -not $process.HasExited) { $process.Kill() }
    }
}

function Stop-CeligoEmulator {
    <#
    .SYNOPSIS
        Stops an emulator started by Start-CeligoEmulator.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Emulator)
    process {
        if ($Emulator.Process -and -not $Emulator.Process.HasExited) {
            $Emulator.Process.Kill()
            $Emulator.Process.WaitForExit(10000) | Out-Null
        }
    }
}

function Reset-CeligoEmulator {
    <#
    .SYNOPSIS
        Gives an emulator started by Start-CeligoEmulator a freshly seeded account, on the same base URI.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)] $Emulator,
        [int] $TimeoutSeconds = 30
    )
    process {
        if ($Emulator.Process.HasExited) {
            throw "The emulator at $($Emulator.BaseUri) has exited (exit code $($Emulator.Process.ExitCode))."
        }
        $Emulator.Process.StandardInput.WriteLine('reset')
        $Emulator.Process.StandardInput.Flush()
        $deadline = [DateTime]::UtcNow.AddSeconds($TimeoutSeconds)
        while ([DateTime]::UtcNow -lt $deadline) {
            # Lines before the acknowledgement (the emulator's own warnings) are read and dropped, which
            # also keeps the output pipe from filling up.
            $read = $Emulator.Process.StandardOutput.ReadLineAsync()
            if (-not $read.Wait($deadline - [DateTime]::UtcNow)) { break }
            if ($null -eq $read.Result) { break }
            if ($read.Result.StartsWith('reset:')) { return }
        }
        throw "The emulator at $($Emulator.BaseUri) did not reset within $TimeoutSeconds seconds."
    }
}

Export-ModuleMember -Function Start-CeligoEmulator, Stop-CeligoEmulator, Reset-CeligoEmulator
