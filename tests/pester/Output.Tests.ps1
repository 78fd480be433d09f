# What scripts and people do with the module's objects after the command: Export-Csv, ConvertTo-Json,
# Format-List, Select-Object *, and reading or changing a property, for every kind of object.

BeforeDiscovery {
    $kinds = @(
        @{ Command = 'Get-CeligoIntegration'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoFlow'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoConnection'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoExport'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoImport'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoJob -First 20'; First = 'Id', 'Type' }
        @{ Command = 'Get-CeligoJob -Status Failed | Get-CeligoError'; First = 'ErrorId', 'FlowId' }
        @{ Command = 'Get-CeligoUser'; First = 'Id', 'Name' }
        @{ Command = 'Get-CeligoHealthReport'; First = 'Since', 'Until' }
        @{ Command = 'Get-CeligoIntegration | Get-CeligoErrorSummary'; First = 'IntegrationId', 'FlowId' }
        @{ Command = 'Get-CeligoConnection | Test-CeligoConnection'; First = 'Name', 'ConnectionId' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
    $script:Csv = Join-Path ([System.IO.Path]::GetTempPath()) "celigops-output-$PID.csv"
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
    Remove-Item -LiteralPath $script:Csv -ErrorAction Ignore
}

Describe 'Export-Csv and ConvertTo-Json of every kind of object' {
    It '<Command>: typed columns first, collections that say what they hold, one way of writing dates' -ForEach $kinds {
        $objects = @(Invoke-Expression $Command | Select-Object -First 5)
        $objects.Count | Should -BeGreaterThan 0
        $objects | Export-Csv -LiteralPath $script:Csv -NoTypeInformation
        $lines = @(Get-Content -LiteralPath $script:Csv)
        $header = @($lines[0].Split(',') | ForEach-Object { $_.Trim('"') })
        $header[0..1] | Should -Be $First
        $text = $lines -join "`n"
        $text | Should -Not -Match 'System\.Object\[\]|System\.Collections'
        # The API writes times as 2026-12-01T09:30:00.000Z; in a row they read as the typed dates do.
        $text | Should -Not -Match '"\d{4}-\d\d-\d\dT\d\d:\d\d'
        $json = $objects | ConvertTo-Json -Depth 4 -WarningAction Ignore
        $json | Should -Not -Match '"Ticks"'
    }

    It 'writes how long a job ran and a ping took as seconds' {
        $job = Get-CeligoJob -Status Completed -First 1
        $job.DurationSeconds | Should -BeOfType [double]
        $job.DurationSeconds | Should -BeGreaterThan 0
        ($job | ConvertTo-Json -Depth 1 -WarningAction Ignore | ConvertFrom-Json).DurationSeconds | Should -Be $job.DurationSeconds
        (Get-CeligoConnection | Select-Object -First 1 | Test-CeligoConnection).ElapsedSeconds | Should -BeOfType [double]
    }

    It 'keeps every field the API sent, after the typed ones, under its API name' {
        $job = Get-CeligoJob -First 1
        $names = @($job.PSObject.Properties.Name)
        $names | Should -Contain 'purgeAt'
        $names.IndexOf('purgeAt') | Should -BeGreaterThan $names.IndexOf('LastModified')
        $job.purgeAt | Should -BeOfType [datetime]
        $job.PURGEAT | Should -Be $job.purgeAt -Because 'PowerShell names ignore case'
    }
}

Describe 'Changing an object' {
    It 'sets a typed property and a field the model has no property for, and the change is what is sent back' {
        $flow = Get-CeligoFlow -Name 'Shopify Orders to NetSuite Sales Orders'
        $flow.Description = 'Changed here'
        $flow.Description | Should -Be 'Changed here'
        $flow.skipRetries = $true
        $flow.skipRetries | Should -BeTrue
        $flow.GetAdditionalFields()['skipRetries'].GetBoolean() | Should -BeTrue
    }

    It 'gives the same nested object each time it is read, so a change to it stays' {
        $job = Get-CeligoJob -First 1
        $job.files[0].host = 'changed'
        $job.files[0].host | Should -Be 'changed'
    }
}

Describe 'Names on jobs, errors and summaries' {
    It 'names the flow of every listed job' {
        $flows = @{}
        Get-CeligoFlow | ForEach-Object { $flows[$_.Id] = $_.Name }
        $jobs = @(Get-CeligoJob -First 20)
        $jobs | ForEach-Object { $_.FlowName | Should -Be $flows[$_.FlowId] }
    }

    It 'names the flow and step of every error' {
        $errors = @(Get-CeligoJob -Status Failed | Get-CeligoError)
        $errors | ForEach-Object { $_.FlowName | Should -Not -BeNullOrEmpty; $_.StepName | Should -Not -BeNullOrEmpty }
    }

    It 'shows a job and an error in a list with the flow first' {
        $job = Get-CeligoJob -First 1 | Format-List | Out-String -Width 80
        $job | Should -Match '^\s*Flow\s+: Shopify|^\s*Flow\s+: \w'
        $text = Get-CeligoJob -FlowId 5e1a0c9d2b3f4a6e8d7c0102 -Status Failed | Get-CeligoError | Select-Object -First 1 | Format-List | Out-String -Width 80
        ($text.Trim() -split '\r?\n')[0] | Should -Match '^Flow\s+: NetSuite Fulfillments to Shopify$'
        ($text.Trim() -split '\r?\n')[1] | Should -Match '^Step\s+: Create Shopify Fulfillments$'
    }
}

Describe 'Export-CeligoTemplate' {
    It 'returns the file as Get-Item does, so its view is filled in' {
        $folder = Join-Path ([System.IO.Path]::GetTempPath()) "celigops-template-$PID"
        New-Item -ItemType Directory -Path $folder -Force | Out-Null
        try {
            $file = Get-CeligoIntegration -Name 'Zendesk Sync' | Export-CeligoTemplate -Path $folder
            $file.PSPath | Should -Not -BeNullOrEmpty
            $file.Length | Should -BeGreaterThan 0
            $text = $file | Out-String -Width 120
            $text | Should -Match ([regex]::Escape($file.Length.ToString()))
            $text | Should -Match 'Zendesk Sync'
        }
        finally {
            Remove-Item -LiteralPath $folder -Recurse -Force
        }
    }
}
