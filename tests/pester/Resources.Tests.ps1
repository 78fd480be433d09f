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
        $lines = ($results | Out-String -Width 80) -split '\r?\n' | Where-Object { $_ }
        $lines[0] | Should -Match '^ Index Succeeded Status Id\s+Errors$'
        $lines | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        $lines[-1] | Should -Match 'no fields'

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

Describe 'Users' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'are invited with access per integration, changed, disabled and enabled idempotently, and removed' {
        $user = Add-CeligoUser -Email 'sam@acme-outdoor.com' -IntegrationAccess @{ '5e1a0c9d2b3f4a6e8d7c0001' = 'manage' } -Confirm:$false
        $user.Accepted | Should -BeFalse
        $user.IntegrationAccessLevel[0].AccessLevel | Should -Be 'manage'
        { Add-CeligoUser -Email 'sam@acme-outdoor.com' -AccessLevel monitor -Confirm:$false -ErrorAction Stop } | Should -Throw '*already has access*'
        { Add-CeligoUser -Email 'x@acme-outdoor.com' -IntegrationAccess @{ '5e1a0c9d2b3f4a6e8d7c0001' = 'administrator' } -ErrorAction Stop } | Should -Throw "*'manage' or 'monitor'*"

        $user | Set-CeligoUser -AccessLevel monitor
        (Get-CeligoUser -Id $user.Id).AccessLevel | Should -Be 'monitor'
        $user | Set-CeligoUser -AccessLevel none -IntegrationAccess @{ '5e1a0c9d2b3f4a6e8d7c0003' = 'monitor' }
        $now = Get-CeligoUser -Id $user.Id
        $now.AccessLevel | Should -BeNullOrEmpty
        $now.IntegrationAccessLevel.IntegrationId | Should -Be '5e1a0c9d2b3f4a6e8d7c0003'

        ($user | Disable-CeligoUser -PassThru).Disabled | Should -BeTrue
        ($user | Disable-CeligoUser -PassThru).Disabled | Should -BeTrue   # twice: still disabled, not toggled back
        ($user | Enable-CeligoUser -PassThru).Disabled | Should -BeFalse
        ($user | Enable-CeligoUser -PassThru).Disabled | Should -BeFalse

        $user | Send-CeligoUserInvitation -Confirm:$false
        Get-CeligoUser -Name 'Ana Admin' | Send-CeligoUserInvitation -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike '*accepted the invitation already*'

        $user | Remove-CeligoUser -Confirm:$false
        @(Get-CeligoUser -Id $user.Id -ErrorAction SilentlyContinue).Count | Should -Be 0
    }
}

Describe 'Connections in use' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'a flow''s steps move to another connection, and only those that used the old one' {
        $shopify = Get-CeligoConnection -Name 'Shopify' | Select-Object -First 1
        $new = New-CeligoConnection -Name 'Shopify (new app)' -Type http -Configuration @{ baseURI = 'https://example.com' }
        $moved = @(Set-CeligoConnectionReference -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -ConnectionId $shopify.Id -NewConnectionId $new.Id -Confirm:$false)
        $moved.Count | Should -Be 1
        $moved[0].Id | Should -Be '5e1a0c9d2b3f4a6e8d7c0201'
        $moved[0].ConnectionId | Should -Be $new.Id
        (Get-CeligoFlowStep -FlowId 5e1a0c9d2b3f4a6e8d7c0101 | Where-Object Role -eq 'Import').ConnectionId | Should -Not -Be $new.Id
    }

    It 'a used connection is not deleted without -Force; registering and deregistering change what an integration lists' {
        Remove-CeligoConnection -Id 5e1a0c9d2b3f4a6e8d7c0404 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike '*depend on it*-Force*'

        $new = New-CeligoConnection -Name 'Scratch' -Type http -Configuration @{ baseURI = 'https://example.com' }
        $new | Register-CeligoConnection -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001
        (Get-CeligoConnection -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001).Id | Should -Contain $new.Id
        $new | Unregister-CeligoConnection -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001 -Confirm:$false
        (Get-CeligoConnection -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001).Id | Should -Not -Contain $new.Id
        $new | Remove-CeligoConnection -Confirm:$false
        @(Get-CeligoConnection -Id $new.Id -ErrorAction SilentlyContinue).Count | Should -Be 0
    }
}

Describe 'Revisions' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'a snapshot made from a piped integration is listed, and reads at 80 columns' {
        $revision = Get-CeligoIntegration -Id 5e1a0c9d2b3f4a6e8d7c0001 | New-CeligoRevision -Description 'Before the tax change' -Confirm:$false
        $revision.Type | Should -Be 'snapshot'
        $listed = @(Get-CeligoRevision -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001)
        $listed.Id | Should -Be $revision.Id
        ($listed | Out-String -Width 80) -split '\r?\n' | ForEach-Object { $_.Length | Should -BeLessOrEqual 80 }
        { New-CeligoRevision -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001 -Description ' ' -ErrorAction Stop } | Should -Throw
    }
}

Describe 'Set-CeligoConnection' {
    BeforeEach { Reset-TestAccount -Emulator $script:Emulator }

    It 'patches settings of the configuration block one by one, keeping the secrets, and never shows new ones' {
        $zendesk = '5e1a0c9d2b3f4a6e8d7c0404'
        $before = Invoke-CeligoRestMethod "/v1/connections/$zendesk"
        $verbose = Set-CeligoConnection -Id $zendesk -Name 'Zendesk (EU)' -Configuration @{ baseURI = 'https://acme-eu.zendesk.com/api/v2'; auth = @{ basic = @{ password = 'n3w-s3cret-value' } } } -Verbose 4>&1 | Out-String
        $verbose | Should -Not -Match 'n3w-s3cret-value'
        $after = Invoke-CeligoRestMethod "/v1/connections/$zendesk"
        $after.name | Should -Be 'Zendesk (EU)'
        $after.http.baseURI | Should -Be 'https://acme-eu.zendesk.com/api/v2'
        $after.http.auth.basic.username | Should -Be $before.http.auth.basic.username
        $after.http.auth.basic.password | Should -Be '******'
        (Get-CeligoConnection -Id $zendesk | Format-List * | Out-String) | Should -Not -Match 'n3w-s3cret-value'
    }

    It 'refuses a -Property write-back that would put the masked secrets over the real ones' {
        Set-CeligoConnection -Id 5e1a0c9d2b3f4a6e8d7c0404 -Property @{ queueSize = 5 } -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].Exception.Message | Should -BeLike '*masked secrets*'
    }
}
