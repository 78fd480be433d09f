# Default views as an admin reads them: at 80 columns (the default console, ssh, Cloud Shell,
# Azure Automation output) the name comes first and whole, and no column is narrower than its
# header; wider, the ids are whole too.

BeforeDiscovery {
    $named = @(
        @{ Command = 'Get-CeligoIntegration'; Name = 'Salesforce - NetSuite' }
        @{ Command = 'Get-CeligoFlow'; Name = 'Shopify Orders to NetSuite Sales Orders' }
        @{ Command = 'Get-CeligoFlowStep -FlowId 5e1a0c9d2b3f4a6e8d7c0101'; Name = 'Create NetSuite Sales Orders' }
        @{ Command = 'Get-CeligoConnection'; Name = 'NetSuite Production' }
        @{ Command = 'Get-CeligoExport'; Name = 'Get Shopify Orders' }
        @{ Command = 'Get-CeligoImport'; Name = 'Create NetSuite Sales Orders' }
        @{ Command = 'Get-CeligoUser'; Name = 'mark.manager@acme-outdoor.com' }
        @{ Command = 'Get-CeligoScript'; Name = $null }
        @{ Command = 'Get-CeligoLookupCache'; Name = $null }
        @{ Command = 'Get-CeligoTag'; Name = $null }
    )
    # Types without a name of their own name the flow (and step) they belong to; Name is what a
    # seeded account shows: whole, or at least its first 30 characters.
    $unnamed = @(
        @{ Command = 'Get-CeligoJob -First 20'; Columns = 'Flow', 'Status', 'Type', 'StartedAt', 'Success', 'Errors'; Name = 'Shopify Orders to NetSuite Sal' }
        @{ Command = 'Get-CeligoJob -Status Failed | Get-CeligoError'; Columns = 'OccurredAt', 'Source', 'Code', 'Retry', 'Message'; Name = 'Flow: NetSuite Fulfillments to Shopify   Step: Create Shopify Fulfillments' }
        @{ Command = 'Get-CeligoIntegration | Get-CeligoErrorSummary'; Columns = 'Errors', 'LastErrorAt', 'Flow'; Name = 'NetSuite Fulfillments to Shopify' }
        @{ Command = 'Get-CeligoFlow -Name ''NetSuite Fulfillments to Shopify'' | Get-CeligoErrorSummary'; Columns = 'Errors', 'LastErrorAt', 'Flow', 'Step'; Name = 'Create Shopify Fulfillments' }
        @{ Command = 'Get-CeligoConnection | Test-CeligoConnection'; Columns = 'Name', 'Online', 'Elapsed', 'Message'; Name = 'NetSuite Production' }
        @{ Command = 'Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -Confirm:$false'; Columns = 'Count', 'Status', 'Flow', 'Step'; Name = 'NetSuite Fulfillments to Shopify' }
        @{ Command = 'Get-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 | Resolve-CeligoError -Confirm:$false'; Columns = 'Status', 'Action', 'ErrorId', 'StepId', 'Message'; Name = $null }
        @{ Command = 'Get-CeligoHealthReport'; Columns = @(); Name = 'Zendesk Tickets to Salesforce Cases' }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator

    # The table's columns as (Label, Width), read off the header and its dashes.
    function Get-TableColumn {
        param([string[]] $Lines)
        $i = [array]::FindIndex($Lines, [Predicate[string]] { param($l) $l -match '^ *-+( +-+)*\s*$' })
        $header = $Lines[$i - 1]
        $starts = @([regex]::Matches($Lines[$i], '-+') | ForEach-Object Index)
        for ($c = 0; $c -lt $starts.Count; $c++) {
            $end = if ($c + 1 -lt $starts.Count) { $starts[$c + 1] - 1 } else { [Math]::Max($header.Length, $Lines[$i].TrimEnd().Length) }
            [pscustomobject]@{ Label = $header.Substring($starts[$c], [Math]::Min($end, $header.Length) - $starts[$c]).Trim(); Width = $end - $starts[$c] }
        }
    }
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Default tables at 80 columns' {
    It '<Command> shows the name first and whole, every column at least as wide as its header' -ForEach $named {
        $objects = @(Invoke-Expression $Command)
        $objects.Count | Should -BeGreaterThan 0
        $lines = @(($objects | Out-String -Width 80) -split '\r?\n')
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        $columns = @(Get-TableColumn $lines)
        $columns | ForEach-Object { $_.Width | Should -BeGreaterOrEqual $_.Label.Length -Because "the $($_.Label) column is $($_.Width) wide" }
        $columns[0].Label | Should -BeIn 'Name', 'Email', 'Tag', 'Position'
        if ($Name) { ($lines -join "`n") | Should -Match ([regex]::Escape($Name)) }
    }

    It '<Command> shows <Columns> and the name <Name>, no column narrower than its header' -ForEach $unnamed {
        $lines = @((Invoke-Expression $Command | Out-String -Width 80) -split '\r?\n')
        $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        if ($Name) { ($lines -join "`n") | Should -Match ([regex]::Escape($Name)) }
        if ($Columns.Count -eq 0) { return } # a list view: lines within 80 columns are what counts
        $table = @(Get-TableColumn $lines)
        foreach ($label in $Columns) { $table.Label | Should -Contain $label }
        $table | ForEach-Object { $_.Width | Should -BeGreaterOrEqual $_.Label.Length -Because "the $($_.Label) column is $($_.Width) wide" }
    }
}

Describe 'Default tables at 160 columns' {
    It '<Command> shows whole ids' -ForEach $named {
        $objects = @(Invoke-Expression $Command)
        $text = $objects | Out-String -Width 160
        $id = if ($objects[0].PSObject.Properties['StepId']) { $objects[0].StepId } else { $objects[0].Id }
        $text | Should -Match ([regex]::Escape($id))
    }
}
