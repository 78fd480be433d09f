# Finding out why: the commands an admin reaches for after "something failed", in the pipelines they
# type, against the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Get-CeligoErrorPattern' {
    BeforeAll {
        $script:Errors = @(Get-CeligoIntegration 'Shopify*' | Get-CeligoError)
        $script:Patterns = @($script:Errors | Get-CeligoErrorPattern)
    }

    It 'counts every error once, in patterns that differ' {
        ($script:Patterns | Measure-Object Count -Sum).Sum | Should -Be $script:Errors.Count
        @($script:Patterns | ForEach-Object { "$($_.Code)|$($_.Pattern)" } | Sort-Object -Unique).Count | Should -Be $script:Patterns.Count
        $script:Patterns.Count | Should -BeLessThan (@($script:Errors.Message | Sort-Object -Unique).Count)
    }

    It 'groups messages that differ only in numbers and ids into one row' {
        $fulfilled = $script:Patterns | Where-Object Pattern -Like '*Line item <n> is already fulfilled*'
        @($fulfilled).Count | Should -Be 1
        @($fulfilled.Errors.Message | Sort-Object -Unique).Count | Should -BeGreaterThan 1
        $fulfilled.Count | Should -Be @($script:Errors | Where-Object Message -Match 'Line item \d+ is already fulfilled').Count
        $fulfilled.Sample.Message | Should -Match 'Line item \d+ is already fulfilled'
        $fulfilled.LastSeen | Should -Be ($fulfilled.Errors.OccurredAt | Sort-Object -Descending | Select-Object -First 1)
    }

    It 'reads the open errors of piped flows itself, as Get-CeligoError would' {
        $flow = Get-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c0102
        $fromFlow = @($flow | Get-CeligoErrorPattern)
        $fromErrors = @($flow | Get-CeligoError | Get-CeligoErrorPattern)
        ($fromFlow | ForEach-Object { "$($_.Count) $($_.Code) $($_.Pattern)" }) | Should -Be ($fromErrors | ForEach-Object { "$($_.Count) $($_.Code) $($_.Pattern)" })
        $fromFlow[0].Flows | Should -Be 'NetSuite Fulfillments to Shopify'
    }

    It 'reads at 80 columns' {
        $lines = ($script:Patterns | Out-String -Width 80) -split '\r?\n' | Where-Object { $_ }
        $lines[0] | Should -Match '^Count Retry\s+Code\s+LastSeen\s+Pattern$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        ($script:Patterns | Format-List | Out-String -Width 80) | Should -Match 'Flows\s+: \S'
    }

    It 'says what it takes when given something else' {
        $result = Get-CeligoConnection -First 1 | Get-CeligoErrorPattern -ErrorVariable failed -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failed[0].Exception.Message | Should -Match 'errors \(from Get-CeligoError\)'
    }
}

Describe 'Get-CeligoRunningJob' {
    It 'lists the parent jobs in progress across the account, each named after its flow' {
        $running = @(Get-CeligoRunningJob)
        $running.Count | Should -BeGreaterThan 0
        $running | ForEach-Object {
            $_.Status | Should -BeIn 'queued', 'running', 'retrying', 'canceling'
            $_.Type | Should -BeIn 'flow', 'retry', 'bulk_retry'
            $_.FlowName | Should -Not -BeNullOrEmpty
        }
        # The same as every job of the account in those statuses, whatever its age.
        $expected = @(Get-CeligoJob -Status queued, running, retrying, canceling | Where-Object Type -In 'flow', 'retry', 'bulk_retry')
        @($running.Id | Sort-Object) | Should -Be @($expected.Id | Sort-Object)
    }

    It 'takes a flow started now, and piped integrations in one call' {
        $job = Invoke-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c0101 -Confirm:$false
        @(Get-CeligoRunningJob -FlowId 5e1a0c9d2b3f4a6e8d7c0101).Id | Should -Contain $job.Id
        $all = @(Get-CeligoIntegration | Get-CeligoRunningJob -Status queued, running -Verbose 4>&1)
        $viaPipe = @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] })
        @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'POST /v1/jobs/current *' }).Count | Should -Be 1
        $viaPipe.Id | Should -Contain $job.Id
        $viaPipe | ForEach-Object { $_.Status | Should -BeIn 'queued', 'running' }
    }

    It 'reads at 80 columns' {
        $lines = (Get-CeligoRunningJob | Out-String -Width 80) -split '\r?\n' | Where-Object { $_ }
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        $lines[0] | Should -Match '^Flow\s+Status'
    }
}

Describe 'Watches' {
    BeforeAll {
        # A flow run started from another runspace while the watch runs, as a scheduler would.
        function Start-RunDuringWatch {
            param([string] $FlowId, [int] $AfterSeconds)
            $manifest = Get-BuiltManifest
            $uri = $script:Emulator.BaseUri
            $job = Start-ThreadJob -ArgumentList $manifest, $uri, $DocumentedToken, $FlowId, $AfterSeconds -ScriptBlock {
                param($manifest, $uri, $token, $flowId, $after)
                Import-Module $manifest
                Connect-Celigo -BaseUri $uri -Token $token
                'ready'
                Start-Sleep -Seconds $after
                Invoke-CeligoFlow -Id $flowId -Confirm:$false
            }
            # The module is loaded and connected there before the watch starts, so the run comes $AfterSeconds into it.
            while ((Receive-Job $job -Keep) -notcontains 'ready') { Start-Sleep -Milliseconds 50 }
            $job
        }
        function Get-StartedJob { param($Job) Receive-Job $Job -Wait -AutoRemoveJob | Where-Object { $_ -ne 'ready' } }
    }

    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'Watch-CeligoJob -Status Failed of a piped integration writes a job that fails during the watch exactly once, and no earlier failure' {
        $run = Start-RunDuringWatch -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -AfterSeconds 1
        $seen = @(Get-CeligoIntegration -Name 'Shopify*' | Watch-CeligoJob -Status Failed -Timeout 00:00:06 -PollInterval 1)
        $started = Get-StartedJob $run
        $seen.Count | Should -Be 1
        $seen[0].Id | Should -Be $started.Id
        $seen[0].Status | Should -Be 'failed'
        $seen[0].FlowName | Should -Be 'NetSuite Fulfillments to Shopify'
    }

    It 'Watch-CeligoError writes the errors a failed run files during the watch, each once, named' {
        $run = Start-RunDuringWatch -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -AfterSeconds 1
        $seen = @(Get-CeligoIntegration -Name 'Shopify*' | Watch-CeligoError -Timeout 00:00:06 -PollInterval 1)
        $started = Get-StartedJob $run
        $filed = @(Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0102 | Where-Object FlowJobId -eq $started.Id)
        $filed.Count | Should -BeGreaterThan 0
        @($seen.ErrorId | Sort-Object) | Should -Be @($filed.ErrorId | Sort-Object)
        $seen | ForEach-Object { $_.FlowName | Should -Be 'NetSuite Fulfillments to Shopify'; $_.StepName | Should -Not -BeNullOrEmpty }
    }

    It 'Watch-CeligoError -FlowId writes the errors a failed run of that flow files during the watch, each once' {
        $run = Start-RunDuringWatch -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -AfterSeconds 1
        $seen = @(Watch-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -Timeout 00:00:06 -PollInterval 1)
        $started = Get-StartedJob $run
        $filed = @(Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0102 | Where-Object FlowJobId -eq $started.Id)
        $filed.Count | Should -BeGreaterThan 0
        @($seen.ErrorId | Sort-Object) | Should -Be @($filed.ErrorId | Sort-Object)
    }

    It 'stops at -Until, and refuses an -Until that has passed before reading anything' {
        $clock = [Diagnostics.Stopwatch]::StartNew()
        @(Watch-CeligoError -Until (Get-Date).AddSeconds(2) -PollInterval 1).Count | Should -Be 0
        $clock.Elapsed.TotalSeconds | Should -BeLessThan 20
        { Watch-CeligoJob -Until (Get-Date).AddMinutes(-1) -ErrorAction Stop } | Should -Throw '*has passed*'
    }
}

Describe 'Job diagnostics and files' {
    BeforeEach {
        Reset-TestAccount -Emulator $script:Emulator
        $script:Folder = Join-Path $TestDrive ([guid]::NewGuid())
        New-Item -ItemType Directory -Path $script:Folder | Out-Null
        $script:FailedJob = '5e1a0c9d2b3f4a6e8d7c0f01'
    }

    It 'saves the newest failed run''s diagnostics bundle as a zip of the job and its errors' {
        $job = Get-CeligoJob -Status Failed -First 1
        $file = $job | Save-CeligoJobDiagnostic -Path $script:Folder
        $file.Name | Should -Be "$($job.Id)-diagnostics.zip"
        $zip = [IO.Compression.ZipFile]::OpenRead($file.FullName)
        try { $zip.Entries.FullName | Should -Be @('job.json', 'errors.json') }
        finally { $zip.Dispose() }
        @(Get-ChildItem -Force $script:Folder).Count | Should -Be 1
    }

    It 'refuses to overwrite without -Force before any download, and replaces with it' {
        $first = Save-CeligoJobDiagnostic -Id $script:FailedJob -Path $script:Folder
        Set-Content -LiteralPath $first.FullName -Value 'mine'
        $again = Save-CeligoJobDiagnostic -Id $script:FailedJob -Path $script:Folder -ErrorVariable failed -ErrorAction SilentlyContinue
        $again | Should -BeNullOrEmpty
        $failed[0].Exception.Message | Should -BeLike '*already exists*-Force*'
        Get-Content -LiteralPath $first.FullName | Should -Be 'mine'
        Save-CeligoJobDiagnostic -Id $script:FailedJob -Path $script:Folder -Force | Out-Null
        (Get-Item -LiteralPath $first.FullName).Length | Should -BeGreaterThan 100
        Save-CeligoJobDiagnostic -Id $script:FailedJob -Path $script:Folder -Force -WhatIf | Should -BeNullOrEmpty
    }

    It 'the file host refuses a request that carries an Authorization header, so a saved file proves none was sent' {
        $url = (Invoke-CeligoRestMethod "/v1/jobs/$($script:FailedJob)/diagnostics").signedURL
        $refused = try { Invoke-WebRequest -Uri $url -Headers @{ Authorization = "Bearer $DocumentedToken" } -ErrorAction Stop } catch { $_ }
        $refused.Exception.Response.StatusCode | Should -Be 'BadRequest'
        $refused.ErrorDetails.Message | Should -BeLike '*Only one auth mechanism allowed*'
        (Invoke-WebRequest -Uri $url).StatusCode | Should -Be 200
        Save-CeligoJobDiagnostic -Id $script:FailedJob -Path $script:Folder | Should -Not -BeNullOrEmpty
        Get-CeligoJob -Id $script:FailedJob | Save-CeligoJobFile -Path $script:Folder | Should -Not -BeNullOrEmpty
    }

    It 'saves a run''s files under the job id, and purges them with Clear-CeligoJobFile' {
        $job = Get-CeligoJob -Id $script:FailedJob
        $job.Files.Count | Should -BeGreaterThan 0
        $saved = @($job | Save-CeligoJobFile -Path $script:Folder)
        $saved.Count | Should -Be $job.Files.Count
        $saved[0].Name | Should -BeLike "$($job.Id)*"
        (Get-Content -Raw -LiteralPath $saved[0].FullName | ConvertFrom-Json)._jobId | Should -Be $job.Id

        $job | Clear-CeligoJobFile -WhatIf
        (Get-CeligoJob -Id $script:FailedJob).Files.Count | Should -Be $job.Files.Count
        $job | Clear-CeligoJobFile -Confirm:$false
        @((Get-CeligoJob -Id $script:FailedJob).Files).Count | Should -Be 0
        $nothing = Get-CeligoJob -Id $script:FailedJob | Save-CeligoJobFile -Path $script:Folder -Force -WarningVariable warned -WarningAction SilentlyContinue
        $nothing | Should -BeNullOrEmpty
        $warned[0] | Should -BeLike '*keeps no files*'
    }

    It 'refuses a -Path that is not an existing folder before any request' {
        $missing = Join-Path $script:Folder 'not-there'
        Get-CeligoJob -Id $script:FailedJob | Save-CeligoJobFile -Path $missing -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike "*is not an existing folder*"
        Test-Path $missing | Should -BeFalse
    }
}

Describe 'Requests behind errors and in a step''s log' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'Get-CeligoErrorRequest shows the request and response behind a piped error, the secret masked' {
        $error1 = Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -StepId 5e1a0c9d2b3f4a6e8d7c0302 -First 1
        $exchange = $error1 | Get-CeligoErrorRequest
        $exchange.Key | Should -Be $error1.ReqAndResKey
        $exchange.Method | Should -Be 'POST'
        $exchange.Url | Should -BeLike 'https://acme-outdoor.myshopify.com/*fulfillments.json'
        $exchange.Response.Body | Should -Be $error1.Message
        $exchange.Request.headers.authorization | Should -Be '********'
        $text = $exchange | Format-List | Out-String -Width 80
        $text | Should -Match 'ResponseBody\s+: '
        ($exchange | Out-String -Width 80) -split '\r?\n' | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'says when an error has no request behind it, and goes on with the others' {
        $rows = @(
            [pscustomobject]@{ FlowId = '5e1a0c9d2b3f4a6e8d7c0102'; StepId = '5e1a0c9d2b3f4a6e8d7c0302'; ErrorId = '1'; ReqAndResKey = $null }
            (Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -StepId 5e1a0c9d2b3f4a6e8d7c0302 -First 1)
        )
        $out = @($rows | Get-CeligoErrorRequest -ErrorVariable failed -ErrorAction SilentlyContinue)
        $out.Count | Should -Be 1
        $failed[0].Exception.Message | Should -BeLike '*has no request behind it*'
    }

    It 'Get-CeligoFlowStepRequest warns while the debug log is off, and lists a run''s requests once it is on' {
        $flow = '5e1a0c9d2b3f4a6e8d7c0102'
        $import = '5e1a0c9d2b3f4a6e8d7c0302'
        $none = Get-CeligoFlowStepRequest -FlowId $flow -StepId $import -WarningVariable warned -WarningAction SilentlyContinue
        $none | Should -BeNullOrEmpty
        $warned[0] | Should -BeLike '*debug log*debugUntil*'

        $until = (Get-Date).ToUniversalTime().AddMinutes(30).ToString('o')
        Invoke-CeligoRestMethod -Method PATCH -Path "imports/$import" -Body @(@{ op = 'replace'; path = '/debugUntil'; value = $until }) -Confirm:$false | Out-Null
        Invoke-CeligoFlow -Id $flow -Wait -ErrorAction SilentlyContinue | Out-Null
        $logged = @(Get-CeligoFlowStepRequest -FlowId $flow -StepId $import)
        $logged.Count | Should -BeGreaterThan 0
        $logged | ForEach-Object { $_.Method | Should -Be 'POST'; $_.StatusCode | Should -BeIn 200, 422 }
        @(Get-CeligoFlowStep -FlowId $flow | Where-Object StepId -eq $import | Get-CeligoFlowStepRequest -StatusCode 422).Count | Should -Be 1
        ($logged | Select-Object -Last 1 | Get-CeligoErrorRequest).Response.StatusCode | Should -Be $logged[-1].StatusCode
        @(Get-CeligoFlowStepRequest -FlowId $flow -StepId $import -Since (Get-Date).AddMinutes(1)).Count | Should -Be 0
    }
}

Describe 'Get-CeligoFlowRunStatistic' {
    BeforeAll { Reset-TestAccount -Emulator $script:Emulator }

    It 'counts each flow''s runs in the window as the jobs list does, named' {
        $since = (Get-Date).AddDays(-2)
        $stats = @(Get-CeligoFlowRunStatistic -Since $since)
        $jobs = @(Get-CeligoJob -Type flow -Since $since)
        $stats.Count | Should -Be @($jobs.FlowId | Sort-Object -Unique).Count
        foreach ($row in $stats) {
            $mine = @($jobs | Where-Object FlowId -eq $row.FlowId)
            $row.NumRuns | Should -Be $mine.Count
            $row.NumFailed | Should -Be @($mine | Where-Object Status -eq 'failed').Count
            $row.FlowName | Should -Not -BeNullOrEmpty
        }
    }

    It 'takes piped integrations in one call, and reads at 80 columns' {
        $stats = @(Get-CeligoIntegration -Name 'Shopify*' | Get-CeligoFlowRunStatistic)
        $stats | ForEach-Object { $_.IntegrationId | Should -Be '5e1a0c9d2b3f4a6e8d7c0001' }
        $lines = ($stats | Out-String -Width 80) -split '\r?\n' | Where-Object { $_ }
        $lines[0] | Should -Match '^Flow\s+Runs Failed\s+Records Errors AvgSec LastRunAt$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'refuses a window that does not start before it ends' {
        Get-CeligoFlowRunStatistic -Since (Get-Date) -Until (Get-Date).AddDays(-1) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike '*is not before -Until*'
    }
}

Describe 'Debug logs of scripts and connections' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'Get-CeligoScriptLog warns while the log is off, and after Enable-CeligoScriptDebug and a run shows what the hook logged' {
        $script = Get-CeligoScript -Name 'Shopify orders preSavePage'
        $script | Get-CeligoScriptLog -WarningVariable warned -WarningAction SilentlyContinue | Should -BeNullOrEmpty
        $warned[0] | Should -BeLike '*Enable-CeligoScriptDebug*'

        $script | Enable-CeligoScriptDebug -Minutes 10
        (Get-CeligoScript -Id $script.Id).debugUntil | Should -BeGreaterThan (Get-Date)
        Invoke-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c0101 -Wait -ErrorAction SilentlyContinue | Out-Null
        $lines = @($script | Get-CeligoScriptLog)
        $lines.Count | Should -BeGreaterThan 0
        $lines | ForEach-Object { $_.FunctionType | Should -Be 'preSavePage'; $_.FlowId | Should -Be '5e1a0c9d2b3f4a6e8d7c0101'; $_.ScriptId | Should -Be $script.Id }
        @($script | Get-CeligoScriptLog -Level ERROR).Count | Should -Be 0
        ($lines | Out-String -Width 80) -split '\r?\n' | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
    }

    It 'Disable-CeligoConnectionDebug stops the log, and -Clear deletes its lines' {
        $zendesk = '5e1a0c9d2b3f4a6e8d7c0404'
        Enable-CeligoConnectionDebug $zendesk -Minutes 5
        @(Get-CeligoConnectionDebugLog $zendesk).Count | Should -BeGreaterThan 0
        Disable-CeligoConnectionDebug $zendesk -Clear -WhatIf
        @(Get-CeligoConnectionDebugLog $zendesk).Count | Should -BeGreaterThan 0
        Disable-CeligoConnectionDebug $zendesk -Clear -Confirm:$false
        (Get-CeligoConnection -Id $zendesk).DebugDate | Should -BeLessOrEqual (Get-Date)
        @(Get-CeligoConnectionDebugLog $zendesk).Count | Should -Be 0
    }
}
