<#
.SYNOPSIS
    Builds, tests and packages CeligoPS.

.DESCRIPTION
    A thin wrapper over the .NET SDK so that contributors on Windows PowerShell 5.1 or PowerShell 7 run
    the same steps as CI:

      Build    dotnet build -c <Configuration>; leaves the importable module in out/CeligoPS.
      Test     dotnet test (the suite CI runs), then the Pester tests in tests/*.Tests.ps1 when
               Pester 5 is installed.
      Package  Builds, then copies the module folder to out/package/CeligoPS, ready for Publish-Module.
      Clean    Removes out/ and the bin/obj folders.

.EXAMPLE
    ./build.ps1 Build, Test
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('Build', 'Test', 'Package', 'Clean')]
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
