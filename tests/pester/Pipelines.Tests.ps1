# The pipelines users type, end to end: sessions, reads from integrations to errors, and the retry of
# what failed, against the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
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

Describe 'Parallel tasks' {
    It 'do not use a session an earlier task made in the same runspace, and say so' {
        $uri = $script:Emulator.BaseUri
        $token = $DocumentedToken
        $manifest = Get-BuiltManifest
        # One runspace at a time: ForEach-Object -Parallel reuses it from task to task.
        $results = @(1..3 | ForEach-Object -ThrottleLimit 1 -Parallel {
                Import-Module $using:manifest
                if ($_ -eq 1) { Connect-Celigo -BaseUri $using:uri -Token $using:token }
                try { "flows: $(@(Get-CeligoFlow -ErrorAction Stop).Count)" }
                catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
            })
        $results[0] | Should -BeLike 'flows: *'
        $results[1..2] | ForEach-Object { $_ | Should -BeLike 'NotConnected*earlier task (PSTask:*)*Connect-Celigo in the task*-Session*' }
    }

    It 'work with a session handed in with -Session, or one they connect themselves' {
        $session = Connect-Celigo -BaseUri $script:Emulator.BaseUri -Token $DocumentedToken -PassThru
        $uri = $script:Emulator.BaseUri
        $token = $DocumentedToken
        $manifest = Get-BuiltManifest
        $results = @(1..4 | ForEach-Object -ThrottleLimit 2 -Parallel {
                Import-Module $using:manifest
                if ($_ % 2) { @(Get-CeligoFlow -Session $using:session).Count }
                else { Connect-Celigo -BaseUri $using:uri -Token $using:token; @(Get-CeligoFlow).Count }
            })
        $results.Count | Should -Be 4
        $results | ForEach-Object { $_ | Should -BeGreaterThan 0 }
    }
}

Describe 'Acting on parents of piped objects' {
    It 'acts on a flow once however many of its jobs are piped in' {
        $flowId = '5e1a0c9d2b3f4a6e8d7c0102'
        $jobs = @(Get-CeligoJob -FlowId $flowId -First 3)
        $jobs.Count | Should -Be 3
        # The flow is enabled already, so enabling it changes nothing; Verbose shows each operation.
        $lines = @($jobs | Enable-CeligoFlow -Confirm:$false -Verbose 4>&1 | Where-Object { "$_" -like 'Performing the operation*' })
        $lines.Count | Should -Be 1
    }

    It 'does not delete the flow of a job or an error piped into Remove-CeligoFlow' {
        $err = $null
        Get-CeligoJob -Status Failed -First 1 | Remove-CeligoFlow -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].Exception.Message | Should -BeLike '*takes flows*not a CeligoJob*Pipe the resource itself*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-CeligoJob -Status Failed -First 1 | ForEach-Object { Get-CeligoFlow -Id $_.FlowId } | Should -Not -BeNullOrEmpty
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

    It 'gives the same errors in the same order every run, grouped by the job piped in' {
        $failed = @(Get-CeligoJob -Status Failed)
        $runs = 1..5 | ForEach-Object { ($failed | Get-CeligoError | Select-Object -First 5 | ForEach-Object { "$($_.FlowJobId)/$($_.StepId)/$($_.ErrorId)" }) -join ',' }
        @($runs | Select-Object -Unique).Count | Should -Be 1
        $jobs = @($failed | Get-CeligoError | ForEach-Object FlowJobId)
        $order = @($jobs | Select-Object -Unique)
        $order | Should -Be @($failed.Id | Where-Object { $order -contains $_ })
        # Each job's errors come together, never interleaved with another job's.
        $starts = 0
        for ($i = 0; $i -lt $jobs.Count; $i++) { if ($i -eq 0 -or $jobs[$i] -ne $jobs[$i - 1]) { $starts++ } }
        $starts | Should -Be $order.Count
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

Describe 'An API that does not answer' {
    It 'fails within a few seconds, naming the address and what to check' {
        $gone = Start-TestEmulator
        try {
            Connect-Celigo -BaseUri $gone.BaseUri -Token $DocumentedToken
        }
        finally {
            Stop-CeligoEmulator -Emulator $gone
        }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        { Get-CeligoFlow -ErrorAction Stop } | Should -Throw "*nothing answers at $($gone.BaseUri)*Check that the address is right*"
        $watch.Stop()
        # Two tries, not the whole retry budget (3 minutes by default).
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 5
        Reset-TestAccount -Emulator $script:Emulator
    }
}

Describe 'Errors in scripts' {
    It 'are caught by the type of their exception, as on Windows PowerShell' {
        $caught = $null
        try { Get-CeligoFlow -Id 000000000000000000000000 -ErrorAction Stop }
        catch [CeligoPS.Client.CeligoApiException] { $caught = $_ }
        catch { throw "caught by the fallback instead: $_" }
        $caught.Exception.StatusCode | Should -Be 404
        (Get-CeligoFlow -First 1) -is [CeligoPS.Client.Models.Flow] | Should -BeTrue
    }

    It 'carry the error id, category and target that about_CeligoPS documents' {
        $record = $null
        try { Get-CeligoFlow -Id 000000000000000000000000 -ErrorAction Stop } catch { $record = $_ }
        $record.FullyQualifiedErrorId | Should -BeLike 'resource_not_found,*'
        $record.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $record.TargetObject | Should -Be '000000000000000000000000'
        (Get-Help about_CeligoPS | Out-String) | Should -Match 'resource_not_found'
    }
}

Describe 'Pipelines people type' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'an error piped with its corrected record replaces that error''s retry data' {
        $failed = Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Where-Object Retriable | Select-Object -First 1
        $fixed = ($failed | Get-CeligoErrorRetryData).Data
        $fixed.email = 'fixed@example.com'
        $failed | Set-CeligoErrorRetryData -Data $fixed -Confirm:$false | Out-Null
        ($failed | Get-CeligoErrorRetryData).Data.email | Should -Be 'fixed@example.com'
    }

    It 'an error piped with nothing to send is refused, naming what to give' {
        $failed = Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Where-Object Retriable | Select-Object -First 1
        { $failed | Set-CeligoErrorRetryData -Confirm:$false -ErrorAction Stop } | Should -Throw '*pass the corrected record with -Data*'
    }

    It 'tags are named with -Name, as other resources are' {
        $tag = New-CeligoTag -Name 'needs-review' -Confirm:$false
        $tag | Set-CeligoTag -Name 'reviewed' -Confirm:$false
        @(Get-CeligoTag | Where-Object Tag -EQ 'reviewed').Count | Should -Be 1
    }

    It 'an integration copied beside its source keeps the source''s connections' {
        $source = Get-CeligoIntegration -Id 5e1a0c9d2b3f4a6e8d7c0001
        $copied = @(Copy-CeligoIntegration -Id $source.Id -Name 'Copy' -Confirm:$false -Verbose 4>&1)
        $verbose = @($copied | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n"
        $items = @($copied | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        $verbose | Should -Match "keeps the source's connection"
        @($items | Where-Object Model -EQ 'Integration').Count | Should -Be 1
        $copy = @($items | Where-Object Model -EQ 'Integration')[0]
        $used = { param($id) @(Get-CeligoExport -IntegrationId $id) + @(Get-CeligoImport -IntegrationId $id) | ForEach-Object ConnectionId | Sort-Object -Unique }
        (& $used $copy.Id) | Should -Be (& $used $source.Id)
    }
}

Describe 'Names that match nothing' {
    It 'a plain name is an ObjectNotFound error, as with Get-Process; a wildcard is an empty answer' {
        $found = @(Get-CeligoFlow -Name 'No such flow' -ErrorVariable notFound -ErrorAction SilentlyContinue)
        $found.Count | Should -Be 0
        $notFound.Count | Should -Be 1
        $notFound[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $notFound[0].FullyQualifiedErrorId | Should -BeLike 'NameNotFound,*'
        "$($notFound[0])" | Should -BeLike "*No flow is named 'No such flow'*"
        @(Get-CeligoFlow -Name 'No such*' -ErrorVariable none).Count | Should -Be 0
        $none.Count | Should -Be 0
    }

    It 'a broken wildcard is refused before any request, saying how to escape it' {
        # [ in the expected message is escaped: Should -Throw matches it as a wildcard too.
        { Get-CeligoFlow -Name '[' -ErrorAction Stop } | Should -Throw '*-Name ''`['' is not a valid wildcard pattern*Escape*'
        $error[0].CategoryInfo.Category | Should -Be 'InvalidArgument' 
    }
}

Describe 'Names, not only ids' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It '-WhatIf of retries, resolves and runs names each flow and step, with its id' {
        $script = "Import-Module '$(Get-BuiltManifest)'; Connect-Celigo -BaseUri $($script:Emulator.BaseUri) -Token $DocumentedToken; " +
            'Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Invoke-CeligoErrorRetry -WhatIf; ' +
            'Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Resolve-CeligoError -WhatIf; ' +
            'Invoke-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c0101 -WhatIf'
        $text = (Invoke-FreshPwsh $script) -join "`n"
        $step = "step 'Create NetSuite Sales Orders' (5e1a0c9d2b3f4a6e8d7c0301) in flow 'Shopify Orders to NetSuite Sales Orders' (5e1a0c9d2b3f4a6e8d7c0101)"
        $text | Should -Match ('"Retry" on target "\d+ error\(s\) of ' + [regex]::Escape($step))
        $text | Should -Match ('"Resolve" on target "\d+ error\(s\) of ' + [regex]::Escape($step))
        $text | Should -Match ([regex]::Escape("""Run"" on target ""flow 'Shopify Orders to NetSuite Sales Orders' (5e1a0c9d2b3f4a6e8d7c0101)"""))
    }

    It 'retry results carry the flow''s and step''s names' {
        $results = @(Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Invoke-CeligoErrorRetry -Confirm:$false)
        $results[0].FlowName | Should -Be 'Shopify Orders to NetSuite Sales Orders'
        $results[0].StepName | Should -Be 'Create NetSuite Sales Orders'
    }

    It 'a run that fails says which flow failed, by name' {
        $null = Invoke-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c0102 -Wait -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        "$($failed[0])" | Should -Match ([regex]::Escape("of flow 'NetSuite Fulfillments to Shopify' (5e1a0c9d2b3f4a6e8d7c0102)) failed"))
    }
}
