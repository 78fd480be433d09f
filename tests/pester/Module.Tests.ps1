# The module as a user meets it first: imported by path, by name from the module path, or loaded on
# first use, each in a new pwsh process, then used against the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Manifest = Get-BuiltManifest
    $script:Exported = @((Import-PowerShellDataFile $script:Manifest).CmdletsToExport)
    $script:ModulePath = (Get-RepositoryPath 'out') + [IO.Path]::PathSeparator + $env:PSModulePath
    $script:Emulator = Start-TestEmulator
    $script:Connect = "Connect-Celigo -BaseUri $($script:Emulator.BaseUri) -Token $DocumentedToken"
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Importing the module' {
    It 'by path exports every command the manifest lists, and they work' {
        $lines = @(Invoke-FreshPwsh "Import-Module '$script:Manifest'; @(Get-Command -Module CeligoPS).Count; $script:Connect; @(Get-CeligoFlow).Count")
        [int]$lines[0] | Should -Be $script:Exported.Count
        [int]$lines[-1] | Should -BeGreaterThan 0
    }

    It 'by name, from a folder on PSModulePath' {
        $lines = @(Invoke-FreshPwsh "Import-Module CeligoPS; (Get-Module CeligoPS).Version.ToString(); $script:Connect; @(Get-CeligoIntegration).Count" -Environment @{ PSModulePath = $script:ModulePath })
        $lines[0] | Should -Be (Import-PowerShellDataFile $script:Manifest).ModuleVersion
        [int]$lines[-1] | Should -BeGreaterThan 0
    }

    It 'on first use of a command, with no Import-Module' {
        $lines = @(Invoke-FreshPwsh "$script:Connect; @(Get-CeligoJob -Status Failed).Count; [bool](Get-Module CeligoPS)" -Environment @{ PSModulePath = $script:ModulePath })
        [int]$lines[0] | Should -BeGreaterThan 0
        $lines[-1] | Should -Be 'True'
    }


    It 'again with -Force, three times in one session, and after Remove-Module, with every command working' {
        $count = '@(Get-Command -Module CeligoPS).Count'
        $lines = @(Invoke-FreshPwsh ("Import-Module '$script:Manifest'; $count; " +
                "1..3 | ForEach-Object { Import-Module '$script:Manifest' -Force; $count }; " +
                "Remove-Module CeligoPS; Import-Module '$script:Manifest'; $count; " +
                "$script:Connect; @(Get-CeligoFlow).Count"))
        $lines[0..4] | ForEach-Object { [int]$_ | Should -Be $script:Exported.Count }
        [int]$lines[-1] | Should -BeGreaterThan 0
    }

    It 'presents the API objects through the adapter after every import, and drops it with the module' {
        $check = "$script:Connect; `$f = Get-CeligoFlow | Select-Object -First 1; `$f.PSObject.TypeNames[0] + ' ' + `$f.PSObject.Properties.Name[1]"
        $lines = @(Invoke-FreshPwsh ("Import-Module '$script:Manifest'; $check; " +
                "Import-Module '$script:Manifest' -Force; $check; " +
                "Remove-Module CeligoPS; (Get-TypeData CeligoPS.Client.Models.Flow).TypeAdapter -eq `$null"))
        $lines[0..1] | Should -Be 'CeligoPS.Flow Name', 'CeligoPS.Flow Name'
        $lines[2] | Should -Be 'True'
    }
}

Describe 'The types file' {
    It 'names the adapter for every model type, and only those' {
        $folder = Split-Path $script:Manifest
        $listed = @(([xml](Get-Content -Raw (Join-Path $folder 'CeligoPS.Types.ps1xml'))).Types.Type.Name)
        $adapted = @(Invoke-FreshPwsh "Import-Module '$script:Manifest'; [CeligoPS.Base.ModelAdapter]::AdaptedTypes.FullName")
        $listed | Sort-Object | Should -Be ($adapted | Sort-Object)
    }
}
