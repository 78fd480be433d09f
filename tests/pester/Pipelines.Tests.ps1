# The pipelines users type, end to end: sessions, reads from integrations to errors, and the retry of
# what failed, against the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module (Get-BuiltManifest)
    $script:Emulator = Start-TestEmulator
    Reset-TestAccount -Emulator $script:Emulator
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Sessions' {
    It 'shows the session with the token masked' {
        $context = Get-CeligoContext
        $context.BaseUri | Should -Not -BeNullOrEmpty
        $context.Token | Should -Not -Match $DocumentedToken
    }

    It 'rejects a wrong token with an authentication error' {
        { Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token 'wrong-token-000' -ErrorAction Stop } |
            Should -Throw -ErrorId 'Http401*'
        Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken
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
