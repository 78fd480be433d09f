# The documentation as a reader uses it: every help example (as Get-Help shows it), every PowerShell
# block of the README, examples/Demo.ps1 and both runbooks, run in this pwsh against the emulator, each
# on a freshly seeded account. Code that needs a real account is checked, not run.

BeforeDiscovery {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module (Get-BuiltManifest)
    $commands = @((Import-PowerShellDataFile (Get-BuiltManifest)).CmdletsToExport)
    $helpExamples = @(Get-HelpExample -Command $commands)
    $readmeBlocks = @(Get-MarkdownPowerShellBlock -Path (Get-RepositoryPath 'README.md'))
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module (Get-BuiltManifest)
    $script:Emulator = Start-TestEmulator
    $script:Examples = Get-RepositoryPath 'examples'
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Help examples' {
    It 'every command has at least one example, and most run against the emulator' {
        $helpExamples.Count | Should -BeGreaterOrEqual $commands.Count
        foreach ($command in $commands) {
            @($helpExamples | Where-Object { $_.Name -like "$command example *" }).Count | Should -BeGreaterThan 0 -Because "$command needs an example"
        }
        $checkedOnly = @($helpExamples | Where-Object { Test-NeedsRealAccount $_.Code }).Count
        ($checkedOnly * 4) | Should -BeLessOrEqual $helpExamples.Count
    }

    It '<Name>' -ForEach $helpExamples {
        Reset-TestAccount -Emulator $script:Emulator
        Invoke-DocumentedCode -Code $Code -Emulator $script:Emulator
    }

    It 'a broken example fails the run' {
        Reset-TestAccount -Emulator $script:Emulator
        { Invoke-DocumentedCode -Code 'Get-CeligoJob -Statu Failed -NoSuchThing' -Emulator $script:Emulator } | Should -Throw
        { Invoke-DocumentedCode -Code 'Get-CeligoFlow -Id 000000000000000000000000' -Emulator $script:Emulator } | Should -Throw '*wrote 1 error(s)*404*'
        { Assert-CommandUsage "# Requires a real integrator.io account.`nConnect-Celigo -Regio EU -Tokn x" } | Should -Throw '*-Tokn*'
    }
}

Describe 'README' {
    BeforeAll {
        # The quick start's two bash commands, without their comments.
        $readme = Get-Content -Raw (Get-RepositoryPath 'README.md')
        $quickStart = [regex]::Match($readme, '(?s)## Quick start.*?```bash\r?\n(.*?)```').Groups[1].Value -split '\r?\n' | Where-Object { $_ }
        $script:TryIt = ($quickStart | Where-Object { $_ -match 'Demo' } | Select-Object -First 1) -replace '\s+#.*$', ''
        $script:TestCommand = ($quickStart | Where-Object { $_ -match ' Test' } | Select-Object -First 1) -replace '\s+#.*$', ''
    }

    It 'CI runs the test command exactly as the quick start gives it' {
        $script:TestCommand | Should -Not -BeNullOrEmpty
        Get-Content (Get-RepositoryPath '.ci/run') | Should -Contain $script:TestCommand
    }

    It 'the try-it command builds, runs the demo against an emulator of its own and stops it' {
        $script:TryIt | Should -Not -BeNullOrEmpty
        $emulators = { @(Get-Process -Name dotnet -ErrorAction SilentlyContinue | Where-Object { $_.CommandLine -like '*CeligoPS.Emulator.dll*' }).Count }
        $before = & $emulators
        Push-Location (Get-RepositoryPath '.')
        try { $output = & bash -c $script:TryIt 2>&1 | ForEach-Object { "$_" } }
        finally { Pop-Location }
        $LASTEXITCODE | Should -Be 0 -Because ($output -join "`n")
        ($output -join "`n") | Should -Match 'Emulator: http://127\.0\.0\.1:\d+'
        ($output -join "`n") | Should -Match 'RetriedErrors'
        & $emulators | Should -Be $before
    }

    It '<Name>' -ForEach $readmeBlocks {
        Reset-TestAccount -Emulator $script:Emulator
        Push-Location (Get-RepositoryPath '.')   # its paths are relative to the repository
        try { Invoke-DocumentedCode -Code $Code -Emulator $script:Emulator }
        finally { Pop-Location }
    }
}

Describe 'examples/Demo.ps1' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'checks health and retries every retriable error of the failed jobs' {
        $started = (Get-Date).AddSeconds(-1)
        $summary = & (Join-Path $script:Examples 'Demo.ps1') -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken 6>$null | Select-Object -Last 1
        $summary.FailedJobs | Should -BeGreaterThan 0
        $summary.OpenErrors | Should -BeGreaterThan 0
        $summary.ErrorsLeft | Should -BeGreaterThan 0
        $summary.RetriedErrors | Should -Be $summary.Retriable
        $summary.RetriedErrors | Should -BeGreaterThan 0
        # One retry job per step it retried, started by this run.
        @(Get-CeligoJob -Type retry -Since $started).Count | Should -Be $summary.RetriedSteps
    }

    It 'with -WhatIf retries nothing' {
        $before = @(Get-CeligoJob -Status Failed | Get-CeligoError).Count
        $summary = & (Join-Path $script:Examples 'Demo.ps1') -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken -WhatIf 6>$null | Select-Object -Last 1
        $summary.RetriedErrors | Should -Be 0
        @(Get-CeligoJob -Status Failed | Get-CeligoError).Count | Should -Be $before
    }
}

Describe 'Runbooks' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It '<Name> runs in a new pwsh where the module was never imported or installed' -ForEach @(
        @{ Name = 'Invoke-CeligoDailyHealthCheck.ps1' }
        @{ Name = 'Invoke-CeligoTransientErrorRetry.ps1' }
    ) {
        $runbook = Join-Path $script:Examples "runbooks/$Name"
        $lines = @(Invoke-FreshPwsh "& '$runbook' -BaseUri $($script:Emulator.BaseUri) -Token $DocumentedToken -Hours 48 | Out-String")
        ($lines -join "`n") | Should -Match 'Since'
    }

    It 'the daily health check writes its report and a summary to the output, naming the flows, and changes nothing' {
        $before = @(Get-CeligoJob -Status Failed | Get-CeligoError).Count
        $output = @(& (Join-Path $script:Examples 'runbooks/Invoke-CeligoDailyHealthCheck.ps1') -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken -Hours 48)
        $output.Count | Should -Be 2
        $output[0] | Should -BeOfType [string]
        $output[0] | Should -Match "flow 'Shopify Orders to NetSuite Sales Orders' \(5e1a0c9d2b3f4a6e8d7c0101\): \d+ open error"
        $summary = $output[1]
        $summary.FailedJobs | Should -BeGreaterThan 0
        $summary.Healthy | Should -BeFalse
        @(Get-CeligoJob -Status Failed | Get-CeligoError).Count | Should -Be $before
    }

    It 'the transient retry retries the transient errors and no others' {
        $errors = @(Get-CeligoJob -Type flow -Status Failed -Since (Get-Date).AddHours(-48) | Get-CeligoError)
        $transient = @($errors | Where-Object { $_.Retriable -and ($_.Classification -in 'connection', 'intermittent', 'governance' -or $_.Source -eq 'connection') })
        $others = @($errors | Where-Object { $transient.ErrorId -notcontains $_.ErrorId })
        $transient.Count | Should -BeGreaterThan 0 -Because 'the seeded account has transient errors, so the runbook has work to do'

        $summary = & (Join-Path $script:Examples 'runbooks/Invoke-CeligoTransientErrorRetry.ps1') -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken -Hours 48 | Select-Object -Last 1

        $summary.TransientErrors | Should -Be $transient.Count
        $summary.RetriedErrors | Should -Be $transient.Count
        $left = @(Get-CeligoJob -Type flow -Status Failed -Since (Get-Date).AddHours(-48) | Get-CeligoError)
        @($left | Where-Object { $transient.ErrorId -contains $_.ErrorId }).Count | Should -Be 0
        @($left | Where-Object { $others.ErrorId -contains $_.ErrorId }).Count | Should -Be $others.Count
    }
}
