<#
.SYNOPSIS
    Builds, tests and packages CeligoPS.

.DESCRIPTION
    A thin wrapper over the .NET SDK so that contributors on Windows PowerShell 5.1 or PowerShell 7 run
    the same steps as CI:

      Build    dotnet build -c <Configuration>; leaves the importable module in out/CeligoPS, help included,
               and Pester (restored from NuGet) in out/tools/Pester.
      Test     Build, then both suites: xunit (dotnet test: the client, the emulator, and the cmdlets in
               the hosted engine) and Pester (tests/pester, in a new pwsh from the repository's tool
               manifest: the module as users meet it). Ends with one line, "N passed, N failed", for both.
      Help     Compiles docs/en-US into out/CeligoPS/en-US (MAML and about topics) with the project's own
               help compiler, as every build does. Where PlatyPS is installed it also runs PlatyPS's
               New-ExternalHelp on the same markdown, to prove the pages stay valid PlatyPS.
      Package  Builds, then makes out/package/CeligoPS.<version>.nupkg with PSResourceGet's
               Compress-PSResource (in the repository's pwsh), ready for Publish-PSResource or a
               folder repository.
      Demo     Builds, starts the emulator on a free loopback port, imports the built module, runs
               examples/Demo.ps1 against it, and stops the emulator.
      Clean    Removes out/ and the bin/obj folders.

    Several tasks run in the order given. From bash, each of these works:
    dotnet pwsh ./build.ps1 Build, Demo     dotnet pwsh ./build.ps1 Build,Demo     dotnet pwsh ./build.ps1 Build Demo

.EXAMPLE
    ./build.ps1 Build, Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # A shell hands "Build, Demo" over as two words ("Build," and "Demo"); the second lands here.
    [Parameter(ValueFromRemainingArguments = $true, DontShow = $true)]
    [string[]] $MoreTasks = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$moduleFolder = Join-Path $root 'out/CeligoPS'
$resultsFolder = Join-Path $root 'out/test-results'
$knownTasks = 'Build', 'Test', 'Help', 'Package', 'Demo', 'Clean'
$script:Built = $false

$tasks = @(@($Task) + @($MoreTasks) | ForEach-Object { $_ -split ',' } | ForEach-Object { $_.Trim() } | Where-Object { $_ })
foreach ($name in $tasks) {
    if ($knownTasks -notcontains $name) {
        throw "Unknown task '$name'. Tasks: $($knownTasks -join ', '); give several as 'Build, Demo', 'Build,Demo' or 'Build Demo'."
    }
}

function Assert-Dotnet {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        throw 'The .NET SDK (dotnet) is not on PATH. Install .NET SDK 10 from https://dotnet.microsoft.com/download and run this again.'
    }
}

function Invoke-Dotnet {
    param([string[]] $Arguments)
    Write-Host "dotnet $($Arguments -join ' ')" -ForegroundColor Cyan
    & dotnet @Arguments
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($Arguments[0]) failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    if ($script:Built) { return } # once per run, whichever tasks ask for it
    Assert-Dotnet
    Invoke-Dotnet @('build', (Join-Path $root 'CeligoPS.sln'), '-c', $Configuration)
    $script:Built = $true
}

function Invoke-Test {
    Invoke-Build
    if (Test-Path $resultsFolder) { Remove-Item $resultsFolder -Recurse -Force }
    New-Item -ItemType Directory -Path $resultsFolder -Force | Out-Null

    # xunit: every test's name is printed as it passes, so a long run shows its progress.
    & dotnet test (Join-Path $root 'CeligoPS.sln') -c $Configuration --no-build --results-directory $resultsFolder `
        --logger 'console;verbosity=normal' --logger 'trx;LogFileName=xunit.trx'
    $xunitExit = $LASTEXITCODE
    $xunit = Read-TrxCounts (Join-Path $resultsFolder 'xunit.trx')

    # Pester: in a new pwsh, the repository's own (the tool manifest pins it), whatever runs this script.
    Invoke-Dotnet @('tool', 'restore')
    $pesterResult = Join-Path $resultsFolder 'pester.json'
    & dotnet tool run pwsh -- -NoProfile -NonInteractive -File (Join-Path $root 'tests/pester/Invoke-PesterSuite.ps1') -ResultPath $pesterResult
    $pesterExit = $LASTEXITCODE
    $pester = if (Test-Path $pesterResult) { Get-Content -Raw $pesterResult | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 1 } }

    Write-Host ("xunit: {0} passed, {1} failed; Pester: {2} passed, {3} failed" -f $xunit.Passed, $xunit.Failed, $pester.Passed, $pester.Failed)
    $failed = $xunit.Failed + $pester.Failed
    # The closing line CI reads: both suites together.
    Write-Host ("{0} passed, {1} failed" -f ($xunit.Passed + $pester.Passed), $failed)
    if ($failed -gt 0 -or $xunitExit -ne 0 -or $pesterExit -ne 0) {
        throw "Tests failed (xunit exit code $xunitExit, Pester exit code $pesterExit)."
    }
}

function Read-TrxCounts {
    param([string] $Path)
    if (-not (Test-Path $Path)) { return [pscustomobject]@{ Passed = 0; Failed = 1 } }
    $counters = ([xml](Get-Content -Raw $Path)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout + [int]$counters.aborted }
}

function Invoke-Help {
    Assert-Dotnet
    $builder = Join-Path $root 'tools/CeligoPS.HelpBuilder/CeligoPS.HelpBuilder.csproj'
    Invoke-Dotnet @('run', '--project', $builder, '-c', $Configuration, '--', '--docs', (Join-Path $root 'docs/en-US'),
        '--out', (Join-Path $moduleFolder 'en-US'), '--module', 'CeligoPS')
    $platyPS = Get-Module -ListAvailable -Name platyPS | Select-Object -First 1
    if (-not $platyPS) {
        Write-Warning 'PlatyPS is not installed, so the pages were compiled only by the project''s help compiler (Install-Module platyPS to also check them with New-ExternalHelp).'
        return
    }
    Import-Module $platyPS -Force
    $check = Join-Path ([System.IO.Path]::GetTempPath()) ('CeligoPS-platyps-' + [guid]::NewGuid())
    try {
        New-ExternalHelp -Path (Join-Path $root 'docs/en-US') -OutputPath $check -Force | Out-Null
        Write-Host "PlatyPS accepted docs/en-US (output in $check)."
    }
    catch {
        throw "PlatyPS rejected docs/en-US: $_"
    }
}

function Invoke-Demo {
    Invoke-Build
    Import-Module (Join-Path $root 'tools/CeligoEmulator.psm1') -Force
    $emulator = Start-CeligoEmulator -Configuration $Configuration
    try {
        Write-Host "Emulator: $($emulator.BaseUri) (token: $($emulator.Token))"
        Import-Module (Join-Path $moduleFolder 'CeligoPS.psd1') -Force
        & (Join-Path $root 'examples/Demo.ps1') -BaseUri $emulator.BaseUri -Token $emulator.Token | Format-List
    }
    finally {
        Stop-CeligoEmulator -Emulator $emulator
    }
}

function Invoke-Package {
    Invoke-Build
    $target = Join-Path $root 'out/package'
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    $folder = Join-Path $target 'CeligoPS'
    New-Item -ItemType Directory -Path $folder -Force | Out-Null
    Copy-Item -Path (Join-Path $moduleFolder '*') -Destination $folder -Recurse
    Copy-Item -Path (Join-Path $root 'LICENSE') -Destination $folder
    Test-ModuleManifest -Path (Join-Path $folder 'CeligoPS.psd1') | Out-Null
    # The .nupkg PSResourceGet publishes and installs. PSResourceGet ships with PowerShell 7.4 and
    # later, so this step runs in the repository's pwsh whatever runs this script.
    Invoke-Dotnet @('tool', 'restore')
    Invoke-Dotnet @('tool', 'run', 'pwsh', '--', '-NoProfile', '-NonInteractive', '-Command',
        "Compress-PSResource -Path '$folder' -DestinationPath '$target'")
    $package = Get-ChildItem -Path $target -Filter 'CeligoPS.*.nupkg' | Select-Object -First 1
    if (-not $package) { throw "Compress-PSResource left no CeligoPS .nupkg in $target." }
    Write-Host "Package ready: $($package.FullName)"
    Write-Host "Publish it with: Publish-PSResource -NupkgPath '$($package.FullName)' -Repository PSGallery -ApiKey <key>"
}

function Invoke-Clean {
    foreach ($path in @((Join-Path $root 'out')) + @(Get-ChildItem -Path $root -Include bin, obj -Directory -Recurse | ForEach-Object FullName)) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force }
    }
    $script:Built = $false
}

foreach ($name in $tasks) {
    Write-Host "== $name ==" -ForegroundColor Green
    & "Invoke-$name"
}
