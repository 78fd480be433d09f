# Tab completion as at a prompt (TabExpansion2): ids and names of the connected account, never file
# names, for every parameter that takes a resource.

BeforeDiscovery {
    $cases = @(
        @{ Line = 'Get-CeligoFlow -Name Shopify'; Expected = { "'Shopify Orders to NetSuite Sales Orders'" } }
        @{ Line = 'Get-CeligoFlow -Id '; Expected = { '5e1a0c9d2b3f4a6e8d7c0101' } }
        @{ Line = 'Get-CeligoIntegration Sales'; Expected = { "'Salesforce - NetSuite'" } }
        @{ Line = 'Get-CeligoConnection -Name Prod'; Expected = { "'NetSuite Production'" } }
        @{ Line = 'Get-CeligoConnection -Id '; Expected = { @(Get-CeligoConnection)[0].Id } }
        @{ Line = 'Enable-CeligoFlow -Id '; Expected = { '5e1a0c9d2b3f4a6e8d7c0108' } }
        @{ Line = 'Disable-CeligoFlow -Id '; Expected = { '5e1a0c9d2b3f4a6e8d7c0101' } }
        @{ Line = 'Remove-CeligoFlow -Id '; Expected = { '5e1a0c9d2b3f4a6e8d7c0101' } }
        @{ Line = 'Set-CeligoFlow -Id '; Expected = { '5e1a0c9d2b3f4a6e8d7c0101' } }
        @{ Line = 'Test-CeligoConnection -Id '; Expected = { @(Get-CeligoConnection)[0].Id } }
        @{ Line = 'Get-CeligoLookupCacheData -LookupCacheId '; Expected = { @(Get-CeligoLookupCache)[0].Id } }
        @{ Line = 'Set-CeligoErrorTag -Tag '; Expected = { $t = @(Get-CeligoTag)[0].Tag; if ($t -match '\s') { "'$t'" } else { $t } } }
        @{ Line = 'Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId '; Expected = { '5e1a0c9d2b3f4a6e8d7c0301' } }
        @{ Line = 'Resolve-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId '; Expected = { '5e1a0c9d2b3f4a6e8d7c0301' } }
        @{ Line = 'Get-CeligoJob -Id '; Expected = { @(Get-CeligoJob -First 1)[0].Id } }
        @{ Line = 'Wait-CeligoJob -Id '; Expected = { @(Get-CeligoJob -First 1)[0].Id } }
        @{ Line = 'Get-CeligoJob -ExportId '; Expected = { '5e1a0c9d2b3f4a6e8d7c0201' } }
        @{ Line = 'Get-CeligoJob -ImportId '; Expected = { '5e1a0c9d2b3f4a6e8d7c0301' } }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Tab completion' {
    It '<Line> offers ids or names from the account' -ForEach $cases {
        $expected = & $Expected
        $matches_ = @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches)
        $matches_.ResultType | Should -Not -Contain 'ProviderItem' -Because 'file names are no answer here'
        $matches_.CompletionText | Should -Contain $expected
    }
}
