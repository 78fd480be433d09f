<#
.SYNOPSIS
    Runs the Pester suite (tests/pester/*.Tests.ps1) with the Pester that the build restored into
    out/tools/Pester, and writes the counts to a JSON file. build.ps1 Test runs it in a new pwsh.
#>
param(
    [Parameter(Mandatory = $true)] [string] $ResultPath,
    [string[]] $Path = @($PSScriptRoot)
)
$ErrorActionPreference = 'Stop'
# From a shell (pwsh -File), a list arrives as one string: "a.Tests.ps1,b.Tests.ps1".
$Path = @($Path | ForEach-Object { $_ -split ',' } | Where-Object { $_ })
$root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$pester = Join-Path $root 'out/tools/Pester/Pester.psd1'
if (-not (Test-Path $pester)) {
    throw "Pester was not found at $pester. Build the solution first (dotnet build -c Release restores and lays it out)."
}
Import-Module $pester -RequiredVersion 5.7.1

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
$configuration.Should.ErrorAction = 'Stop'
$result = Invoke-Pester -Configuration $configuration

# A block or a file that failed before its tests ran fails the run as well as a failed test does.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
[ordered]@{ Passed = $result.PassedCount; Failed = $failed; Skipped = $result.SkippedCount; NotRun = $result.NotRunCount } |
    ConvertTo-Json | Set-Content -LiteralPath $ResultPath -Encoding utf8
exit ([int]($failed -gt 0))
