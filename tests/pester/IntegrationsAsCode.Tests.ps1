# Integrations as code, as an admin types it in the real pwsh: export from one account piped into a
# publish to another, the plan read at 80 columns, the two accounts compared, and a second publish
# that has nothing to do.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    Import-Module (Get-BuiltManifest)
    $script:Source = Start-TestEmulator
    $script:Target = Start-CeligoEmulator -Token $DocumentedToken -Empty
    $script:Repo = New-Item -ItemType Directory -Path (Join-Path ([IO.Path]::GetTempPath()) "iac-$([guid]::NewGuid().ToString('N'))")
}

AfterAll {
    if ($script:Source) { Stop-CeligoEmulator -Emulator $script:Source }
    if ($script:Target) { Stop-CeligoEmulator -Emulator $script:Target }
    if ($script:Repo) { Remove-Item -LiteralPath $script:Repo -Recurse -Force }
}

Describe 'Promoting an integration from one account to another' {
    It 'exports, plans, publishes, compares and publishes again with nothing to do' {
        $sandbox = Connect-Celigo -BaseUri $Source.BaseUri -Token $DocumentedToken -PassThru
        $production = Connect-Celigo -BaseUri $Target.BaseUri -Token $DocumentedToken -PassThru

        $plan = Export-CeligoIntegration -Name 'Zendesk Sync' -Path $Repo -Session $sandbox |
            Publish-CeligoIntegration -Session $production -WhatIf
        $plan.Count | Should -BeGreaterThan 5
        @($plan | Where-Object Action -eq 'Create').Count | Should -Be @($plan | Where-Object { $_.Kind -ne 'connection' }).Count
        @($plan | Where-Object Status -eq 'Planned').Count | Should -Be @($plan | Where-Object Action -eq 'Create').Count
        @(Get-CeligoIntegration -Session $production).Count | Should -Be 0
        $table = $plan | Out-String -Width 80
        $table | Should -Match 'Kind: flow'
        foreach ($line in $table -split "`n") { $line.TrimEnd().Length | Should -BeLessOrEqual 80 }

        $published = Publish-CeligoIntegration -Path (Join-Path $Repo 'Zendesk Sync') -Session $production -Enable
        $published | Where-Object Status -notin 'Applied', 'Unchanged' | Should -BeNullOrEmpty
        (Get-CeligoIntegration -Session $production).Name | Should -Be 'Zendesk Sync'
        # The webhook export's token is a secret: the folder left it out, the publish said so, and the
        # compare shows the one place the accounts differ.
        ($published | Where-Object Name -eq 'Zendesk Satisfaction Ratings (webhook)').Message | Should -Match 'created without its secrets \(webhook\.token\)'
        $differences = @(Compare-CeligoIntegration -ReferenceSession $sandbox -Session $production -Name 'Zendesk Sync')
        $differences.Count | Should -Be 1
        $differences[0].Path | Should -Be 'omittedSecrets'

        $again = Publish-CeligoIntegration -Path (Join-Path $Repo 'Zendesk Sync') -Session $production -Enable -Verbose 4>&1
        $requests = @($again | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message)
        $requests -match '^GET /v1/integrations' | Should -Not -BeNullOrEmpty
        $requests -match '^(POST|PUT|PATCH|DELETE) ' | Should -BeNullOrEmpty
        ($again | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Action | Sort-Object -Unique | Should -Be @('NoChange', 'Use')
    }
}
