<#
.SYNOPSIS
    Builds, tests and packages CeligoPS.

.DESCRIPTION
    A thin wrapper over the .NET SDK so that contributors on Windows PowerShell 5.1 or PowerShell 7 run
    the same steps as CI:

      Build    dotnet build -c <Configuration>; leaves the importable module in out/CeligoPS, help included.
      Test     dotnet test (the suite CI runs), then the Pester tests in tests/*.Tests.ps1 when
               Pester 5 is installed (skipped with a warning otherwise).
      Help     Compiles docs/en-US into out/CeligoPS/en-US (MAML and about topics) with the project's own
               help compiler, as every build does. Where PlatyPS is installed it also runs PlatyPS's
               New-ExternalHelp on the same markdown, to prove the pages stay valid PlatyPS.
      Package  Builds, then copies the module folder to out/package/CeligoPS, ready for Publish-Module.
      Demo     Builds, starts the emulator on a free loopback port, imports the built module, runs
               examples/Demo.ps1 against it, and stops the emulator.
      Clean    Removes out/ and the bin/obj folders.

.EXAMPLE
    ./build.ps1 Build, Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Help', 'Package', 'Demo', 'Clean')]
    [string[]] $Task = @('Build'),

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$root = $PSScriptRoot
$moduleFolder = Join-Path $root 'out/CeligoPS'

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
    Assert-Dotnet
    Invoke-Dotnet @('build', (Join-Path $root 'CeligoPS.sln'), '-c', $Configuration)
}

function Invoke-Test {
    Assert-Dotnet
    Invoke-Dotnet @('test', (Join-Path $root 'CeligoPS.sln'), '-c', $Configuration)
    $pester = Get-Module -ListAvailable -Name Pester | Where-Object { $_.Version -ge [version]'5.0' } | Select-Object -First 1
    if (-not $pester) {
        Write-Warning 'Pester 5 is not installed, so tests/*.Tests.ps1 were not run (Install-Module Pester -MinimumVersion 5.0). The dotnet test suite above covers the same pipelines.'
        return
    }
    $tests = @(Get-ChildItem -Path (Join-Path $root 'tests') -Filter '*.Tests.ps1' -Recurse)
    if ($tests.Count -eq 0) {
        Write-Host 'No Pester tests found.'
        return
    }
    Import-Module $pester -Force
    $result = Invoke-Pester -Path $tests.FullName -Output Detailed -PassThru
    if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
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
    $target = Join-Path $root 'out/package/CeligoPS'
    if (Test-Path $target) { Remove-Item $target -Recurse -Force }
    New-Item -ItemType Directory -Path $target -Force | Out-Null
    Copy-Item -Path (Join-Path $moduleFolder '*') -Destination $target -Recurse
    Copy-Item -Path (Join-Path $root 'LICENSE') -Destination $target
    Test-ModuleManifest -Path (Join-Path $target 'CeligoPS.psd1') | Out-Null
    Write-Host "Package ready: $target (Publish-Module -Path '$target' -NuGetApiKey <key>)"
}

function Invoke-Clean {
    foreach ($path in @((Join-Path $root 'out')) + @(Get-ChildItem -Path $root -Include bin, obj -Directory -Recurse | ForEach-Object FullName)) {
        if (Test-Path $path) { Remove-Item $path -Recurse -Force }
    }
}

foreach ($name in $Task) {
    Write-Host "== $name ==" -ForegroundColor Green
    & "Invoke-$name"
}
