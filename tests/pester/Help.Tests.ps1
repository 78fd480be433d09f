# Help as Get-Help shows it: every command has a synopsis, a description, documented parameters and
# an example, and the about topic is there.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $commands = @((Import-PowerShellDataFile (Get-BuiltManifest)).CmdletsToExport | ForEach-Object { @{ Name = $_ } })
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module (Get-BuiltManifest)
}

Describe 'Help' {
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

    It 'has the about_CeligoPS_IntegrationsAsCode topic, with the folder layout and the git workflow' {
        $topic = Get-Help about_CeligoPS_IntegrationsAsCode | Out-String
        $topic | Should -Match 'FOLDER LAYOUT'
        $topic | Should -Match 'THE WORKFLOW WITH GIT'
        $topic | Should -Match 'Publish-CeligoIntegration'
    }
}

Describe 'Online help' {
    It '<Name> has an online version, the page it was compiled from' -ForEach $commands {
        $online = @((Get-Help $Name).relatedLinks.navigationLink)[0]
        $online.linkText | Should -Be 'Online Version:'
        $online.uri | Should -Be "https://github.com/CeligoPS/CeligoPS/blob/main/docs/en-US/$Name.md"
    }
}
