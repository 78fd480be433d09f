#Requires -Modules @{ ModuleName = 'Pester'; ModuleVersion = '5.0' }
<#
    End-to-end Pester tests: start the emulator, import the built module (out/CeligoPS) and run the
    pipelines users run. build.ps1 Test runs them where Pester 5 is installed; the xunit suite
    (dotnet test) covers the same ground everywhere and parses this file.
#>

BeforeAll {
    $root = Split-Path -Path $PSScriptRoot -Parent
    Import-Module (Join-Path $root 'tools/CeligoEmulator.psm1') -Force
    $script:Emulator = Start-CeligoEmulator -Token 'pester-token'
    Import-Module (Join-Path $root 'out/CeligoPS/CeligoPS.psd1') -Force
    Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token 'pester-token'
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
    Remove-Module CeligoPS -ErrorAction SilentlyContinue
}

Describe 'Sessions' {
    It 'shows the session with the token masked' {
        $context = Get-CeligoContext
        $context.BaseUri | Should -Not -BeNullOrEmpty
        $context.Token | Should -Not -Match 'pester-token'
    }

    It 'rejects a wrong token with an authentication error' {
        { Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token 'wrong-token-000' -ErrorAction Stop } |
            Should -Throw -ErrorId 'Http401*'
        Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token 'pester-token'
    }
}

Describe 'Read pipelines' {
    It 'goes from integrations to flows to errors without ForEach-Object' {
        $errors = @(Get-CeligoIntegration -Name 'Shopify*' | Get-CeligoFlow | Get-CeligoError)
        $errors.Count | Should -BeGreaterThan 0
        $errors[0].PSObject.TypeNames | Should -Contain 'CeligoPS.Error'
    }

    It 'lists the errors failed jobs left' {
        $errors = @(Get-CeligoJob -Status Failed | Get-CeligoError)
        $errors.Count | Should -BeGreaterThan 0
        $errors | ForEach-Object { $_.FlowJobId | Should -Not -BeNullOrEmpty }
    }

    It 'stops after -First objects' {
        @(Get-CeligoJob -First 3).Count | Should -Be 3
    }
}

Describe 'Retrying errors' {
    It 'changes nothing with -WhatIf' {
        $before = @(Get-CeligoJob -Status Failed | Get-CeligoError).Count
        Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -WhatIf
        @(Get-CeligoJob -Status Failed | Get-CeligoError).Count | Should -Be $before
    }

    It 'retries every retriable open error of the failed jobs' {
        $retriable = @(Get-CeligoJob -Status Failed | Get-CeligoError | Where-Object Retriable).Count
        $results = @(Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -Confirm:$false)
        ($results | Measure-Object -Property Count -Sum).Sum | Should -Be $retriable
        @(Get-CeligoJob -Status Failed | Get-CeligoError | Where-Object Retriable).Count | Should -Be 0
    }
}

Describe 'Help' {
    BeforeDiscovery {
        $commands = @(Get-Command -Module CeligoPS -ErrorAction SilentlyContinue | ForEach-Object { @{ Name = $_.Name } })
        if ($commands.Count -eq 0) {
            $manifest = Import-PowerShellDataFile (Join-Path (Split-Path $PSScriptRoot -Parent) 'CeligoPS.psd1')
            $commands = @($manifest.CmdletsToExport | ForEach-Object { @{ Name = $_ } })
        }
    }

    It '<Name> has a synopsis, a description, parameter descriptions and an example' -ForEach $commands {
        $help = Get-Help $Name -Full
        $help.Synopsis | Should -Not -Match '^\s*$'
        $help.Synopsis | Should -Not -Match '\[-'
        ($help.description | Out-String).Trim() | Should -Not -BeNullOrEmpty
        @($help.examples.example).Count | Should -BeGreaterThan 0
        $common = [System.Management.Automation.PSCmdlet]::CommonParameters
        foreach ($parameter in (Get-Command $Name).Parameters.Keys | Where-Object { $common -notcontains $_ }) {
            $documented = $help.parameters.parameter | Where-Object Name -EQ $parameter
            $documented | Should -Not -BeNullOrEmpty -Because "-$parameter must be documented"
            ($documented.description | Out-String).Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
        }
    }

    It 'has the about_CeligoPS topic' {
        (Get-Help about_CeligoPS | Out-String) | Should -Match 'SESSIONS AND REGIONS'
    }
}
