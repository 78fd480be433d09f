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
