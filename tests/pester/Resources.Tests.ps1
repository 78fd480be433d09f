# Running the account: exports, imports, scripts and lookup caches created, changed, cloned and deleted,
# and records sent through an import, as an admin types it, against the emulator.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Exports and imports' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'are created, renamed, cloned onto another connection and deleted' {
        $shopify = Get-CeligoConnection -Name 'Shopify' | Select-Object -First 1
        $netsuite = Get-CeligoConnection -Name 'NetSuite Production' | Select-Object -First 1
        $export = New-CeligoExport -Name 'Get Shopify Customers' -ConnectionId $shopify.Id -AdaptorType HTTPExport -Property @{ http = @{ relativeURI = '/customers.json'; method = 'GET' } }
        $export.ConnectionId | Should -Be $shopify.Id
        $export.http.relativeURI | Should -Be '/customers.json'

        $export | Set-CeligoExport -Name 'Get Shopify Customers (v2)'
        (Get-CeligoExport -Id $export.Id).Name | Should -Be 'Get Shopify Customers (v2)'
        (Get-CeligoExport -Id $export.Id).http.method | Should -Be 'GET'

        $copy = $export | Copy-CeligoExport -ConnectionMap @{ $shopify.Id = $netsuite.Id } -Name 'On NetSuite'
        $copy.Model | Should -Be 'Export'
        (Get-CeligoExport -Id $copy.Id).ConnectionId | Should -Be $netsuite.Id
        $kept = Get-CeligoExport -Id $export.Id | Copy-CeligoExport
        (Get-CeligoExport -Id $kept.Id).ConnectionId | Should -Be $shopify.Id

        Get-CeligoExport -Id $copy.Id, $kept.Id, $export.Id | Remove-CeligoExport -Confirm:$false
        @(Get-CeligoExport -Id $export.Id -ErrorAction SilentlyContinue).Count | Should -Be 0
    }

    It 'refuse to delete an import a flow uses, naming the flow, unless -Force' {
        Remove-CeligoImport -Id 5e1a0c9d2b3f4a6e8d7c0302 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike '*NetSuite Fulfillments to Shopify*-Force*'
        Get-CeligoImport -Id 5e1a0c9d2b3f4a6e8d7c0302 | Should -Not -BeNullOrEmpty
    }

    It 'Invoke-CeligoImport sends piped records in calls of 1000 and returns each result in order' {
        $records = @(@{ email = 'ada@example.com' }, [pscustomobject]@{ email = 'alan@example.com' }, @{})
        $results = @($records | Invoke-CeligoImport -Id 5e1a0c9d2b3f4a6e8d7c0302 -Confirm:$false)
        $results.Index | Should -Be 0, 1, 2
        $results.Succeeded | Should -Be $true, $true, $false
        $results[2].Errors[0].Message | Should -BeLike '*no fields*'

        $many = 1..2500 | ForEach-Object { @{ n = $_ } }
        $all = @($many | Invoke-CeligoImport -Id 5e1a0c9d2b3f4a6e8d7c0302 -Confirm:$false -Verbose 4>&1)
        @($all | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'POST /v1/imports/*/invoke *' }).Count | Should -Be 3
        @($all | Where-Object { $_ -isnot [System.Management.Automation.VerboseRecord] }).Count | Should -Be 2500
    }

    It 'Invoke-CeligoImport sends nothing when a record cannot be written as JSON' {
        $out = @({ 'code' }, @{ a = 1 } | Invoke-CeligoImport -Id 5e1a0c9d2b3f4a6e8d7c0302 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue -WarningVariable warned -WarningAction SilentlyContinue)
        $out.Count | Should -Be 0
        $failed.Count | Should -Be 1
        $warned[0] | Should -BeLike 'Nothing was sent*'
    }
}

Describe 'Scripts and lookup caches' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'a script is created from a file, changed from text, and deleted' {
        $file = Join-Path $TestDrive 'premap.js'
        Set-Content -Path $file -Value 'function preMap(o) { return o.data; }' -NoNewline
        $script1 = New-CeligoScript -Name 'preMap passthrough' -Path $file -Description 'test'
        (Get-CeligoScript -Id $script1.Id).content | Should -Be 'function preMap(o) { return o.data; }'
        $script1 | Set-CeligoScript -Content '// replaced'
        (Get-CeligoScript -Id $script1.Id).content | Should -Be '// replaced'
        { New-CeligoScript -Name 'both' -Content 'x' -Path $file -ErrorAction Stop } | Should -Throw '*either as -Content or as a -Path*'
        $script1 | Remove-CeligoScript -Confirm:$false
        @(Get-CeligoScript -Id $script1.Id -ErrorAction SilentlyContinue).Count | Should -Be 0
    }

    It 'a lookup cache is created, renamed by PATCH, filled and deleted' {
        $cache = New-CeligoLookupCache -Name 'Warehouse Codes' -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001
        $cache | Set-CeligoLookupCache -Name 'Warehouse Codes (v2)' -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'PATCH *' } | Should -Not -BeNullOrEmpty
        (Get-CeligoLookupCache -Id $cache.Id).Name | Should -Be 'Warehouse Codes (v2)'
        Set-CeligoLookupCacheData -LookupCacheId $cache.Id -Entry @{ 'loc-1' = '12' } -Confirm:$false
        @(Get-CeligoLookupCacheData -LookupCacheId $cache.Id).Count | Should -Be 1
        $cache | Remove-CeligoLookupCache -Confirm:$false
        @(Get-CeligoLookupCache -Id $cache.Id -ErrorAction SilentlyContinue).Count | Should -Be 0
    }
}
