# The emulator as people start it from a shell: a mistyped argument or a busy port is a message and
# an exit code, not a stack trace.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Dll = Get-RepositoryPath 'src/CeligoPS.Emulator/bin/Release/net10.0/CeligoPS.Emulator.dll'
}

Describe "The emulator's command line" {
    It 'refuses <Arguments> with a message, the usage and exit code 2' -ForEach @(
        @{ Arguments = '--port abc'; Message = "--port takes a whole number from 0 to 65535, not 'abc'" }
        @{ Arguments = '--port 99999'; Message = "--port takes a whole number from 0 to 65535, not '99999'" }
        @{ Arguments = '--seed'; Message = '--seed needs a value' }
        @{ Arguments = '--verbose'; Message = "Unknown argument '--verbose'" }
    ) {
        $output = (& dotnet $script:Dll @($Arguments -split ' ') 2>&1 | ForEach-Object { "$_" }) -join "`n"
        $LASTEXITCODE | Should -Be 2
        $output | Should -BeLike "*$Message*"
        $output | Should -BeLike '*Usage: CeligoPS.Emulator*'
        $output | Should -Not -Match '\n\s+at '
    }

    It 'says which port is busy, with exit code 1' {
        $first = Start-TestEmulator
        try {
            $port = ([uri]$first.BaseUri).Port
            $output = (& dotnet $script:Dll --port $port --token other 2>&1 | ForEach-Object { "$_" }) -join "`n"
            $LASTEXITCODE | Should -Be 1
            $output | Should -BeLike "*Port $port on 127.0.0.1 is already in use*"
            $output | Should -Not -Match '\n\s+at '
        }
        finally {
            Stop-CeligoEmulator -Emulator $first
        }
    }
}

Describe 'An empty account' {
    It 'starts with -Empty: the seeded connections by name, under other ids, and nothing else' {
        $empty = Start-CeligoEmulator -Token $DocumentedToken -Empty
        $seeded = Start-TestEmulator
        try {
            Import-Module (Get-BuiltManifest)
            $target = Connect-Celigo -BaseUri $empty.BaseUri -Token $DocumentedToken -PassThru
            $source = Connect-Celigo -BaseUri $seeded.BaseUri -Token $DocumentedToken -PassThru
            @(Get-CeligoIntegration -Session $target).Count | Should -Be 0
            @(Get-CeligoFlow -Session $target).Count | Should -Be 0
            $names = @(Get-CeligoConnection -Session $target).Name | Sort-Object
            $names | Should -Be (@(Get-CeligoConnection -Session $source).Name | Sort-Object)
            @(Get-CeligoConnection -Session $target).Id | Should -Not -Contain '5e1a0c9d2b3f4a6e8d7c0404'
        }
        finally {
            Stop-CeligoEmulator -Emulator $empty
            Stop-CeligoEmulator -Emulator $seeded
        }
    }
}
