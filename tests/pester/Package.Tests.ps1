# Packaging as the README gives it: build.ps1 Package makes the .nupkg, and the README's install steps,
# run in a new pwsh with a home folder of its own (so a fresh module path and repository list),
# install it by name from a folder repository, import it by name and on first use, and work against
# the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-TestEmulator
    $readme = Get-Content -Raw (Get-RepositoryPath 'README.md')
    $section = [regex]::Match($readme, '(?s)## Packaging\r?\n(.*?)\r?\n## ').Groups[1].Value
    $script:PackageCommand = ([regex]::Match($section, '(?s)```bash\r?\n(.*?)\r?\n```').Groups[1].Value -split '\r?\n')[0] -replace '\s+#.*$', ''
    $script:InstallSteps = [regex]::Match($section, '(?s)```powershell\r?\n(.*?)\r?\n```').Groups[1].Value -split '\r?\n' |
        Where-Object { $_ -notmatch '^\s*#' } | ForEach-Object { $_ -replace '\s+#.*$', '' }
    $script:Home_ = Join-Path ([IO.Path]::GetTempPath()) ("celigops-home-" + [guid]::NewGuid())
    New-Item -ItemType Directory -Path $script:Home_ | Out-Null
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
    if ($script:Home_) { Remove-Item $script:Home_ -Recurse -Force -ErrorAction SilentlyContinue }
}

Describe 'Packaging' {
    It 'the README''s package command makes a .nupkg' {
        $script:PackageCommand | Should -BeLike '*build.ps1 Package*'
        Push-Location (Get-RepositoryPath '.')
        try { $output = & bash -c $script:PackageCommand 2>&1 | ForEach-Object { "$_" } }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        $version = (Import-PowerShellDataFile (Get-BuiltManifest)).ModuleVersion
        Get-RepositoryPath "out/package/CeligoPS.$version.nupkg" | Should -Exist
    }

    It 'the README''s install steps install it by name into a fresh module path, and it imports by name and on first use' {
        $connect = "Connect-Celigo -BaseUri $($script:Emulator.BaseUri) -Token $DocumentedToken"
        $steps = @($script:InstallSteps | ForEach-Object { if ($_ -like 'Connect-Celigo*') { $connect } else { $_ } })
        $steps | Should -Contain 'Install-PSResource -Name CeligoPS -Repository CeligoPSLocal -Scope CurrentUser'
        $environment = @{ HOME = $script:Home_; XDG_DATA_HOME = $null; XDG_CONFIG_HOME = $null; PSModulePath = $null }
        Push-Location (Get-RepositoryPath '.')
        try {
            $installed = @(Invoke-FreshPwsh (($steps -join '; ') + '; (Get-Module CeligoPS).ModuleBase; @(Get-CeligoFlow).Count') -Environment $environment)
            $autoloaded = @(Invoke-FreshPwsh "$connect; @(Get-CeligoIntegration).Count; (Get-Module CeligoPS).ModuleBase" -Environment $environment)
        }
        finally { Pop-Location }
        $installed[-2] | Should -BeLike "$($script:Home_)*"
        [int]$installed[-1] | Should -BeGreaterThan 0
        [int]$autoloaded[0] | Should -BeGreaterThan 0
        $autoloaded[-1] | Should -BeLike "$($script:Home_)*"
    }
}
