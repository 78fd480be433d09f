# PowerShell values into the API and back: what is stored is what ConvertTo-Json would write, strings
# stay strings, what JSON cannot hold is refused before anything is sent, and what comes back keeps
# every digit and every field.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
}

Describe 'Values sent as JSON' {
    It 'stores a hashtable of odd values and reads back what ConvertTo-Json writes for it' {
        $value = [ordered]@{
            guid  = [guid]'6f1c2f0e-1b2a-4c3d-9e8f-001122334455'
            char  = [char]'A'
            uri   = [uri]'https://example.com/a b?x=1'
            now   = Get-Date
            plain = [datetime]'2026-12-01 10:00:00'
            warn  = '[WARN] disk low'
            text  = '[1,2]'
            brace = '{not json'
            big   = [bigint]::Parse('123456789012345678901234567890')
            nan   = [double]::NaN
        }
        Set-CeligoState -Key odd-values -Value $value -Confirm:$false
        $back = (Get-CeligoState -Key odd-values).Value
        ($back | ConvertTo-Json -Compress) | Should -Be ($value | ConvertTo-Json -Compress)
        $back.text | Should -BeOfType [string]
        $back.big | Should -BeOfType [bigint]
    }

    It 'keeps a string that looks like JSON a string wherever values are sent' {
        $flow = Get-CeligoFlow -Name 'Shopify Orders to NetSuite Sales Orders'
        $flow | Set-CeligoFlow -Property @{ description = '[1,2]' } -Confirm:$false
        (Get-CeligoFlow -Id $flow.Id).Description | Should -Be '[1,2]'
        Set-CeligoLookupCacheData -LookupCacheId 5e1a0c9d2b3f4a6e8d7c0501 -Entry @{ 'SKU-JSONLIKE' = '{"a":1}' } -Confirm:$false
        (Get-CeligoLookupCacheData -LookupCacheId 5e1a0c9d2b3f4a6e8d7c0501 -Key 'SKU-JSONLIKE').Value | Should -Be '{"a":1}'
    }

    It 'refuses <Name> before any request, saying what to pass instead' -ForEach @(
        @{ Name = 'a script block'; Value = { 1 }; Message = '*script block*' }
        @{ Name = 'XML'; Value = [xml]'<a><b>1</b></a>'; Message = '*XML*OuterXml*' }
    ) {
        $before = (Invoke-CeligoRestMethod -Path /v1/state).Count
        $err = $null
        Set-CeligoState -Key refused -Value $Value -Confirm:$false -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'InvalidArgument,*'
        $err[0].Exception.Message | Should -BeLike $Message
        Get-CeligoState -Key refused -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'writes a live .NET object as ConvertTo-Json does, without failing on properties it cannot read' {
        Set-CeligoState -Key this-process -Value (Get-Process -Id $PID) -Confirm:$false
        (Get-CeligoState -Key this-process).Value.Id | Should -Be $PID
        Set-CeligoState -Key a-folder -Value (Get-Item -LiteralPath $PSScriptRoot) -Confirm:$false
        (Get-CeligoState -Key a-folder).Value.Name | Should -Be (Split-Path $PSScriptRoot -Leaf)
    }

    It 'sends a string -Body as the JSON it holds, and refuses one that is not JSON before sending' {
        $answer = Invoke-CeligoRestMethod -Method POST -Path lookupcaches/5e1a0c9d2b3f4a6e8d7c0501/getData -Body '{"keys":["SKU-00001"]}'
        $answer | Should -Not -BeNullOrEmpty
        { Invoke-CeligoRestMethod -Method POST -Path lookupcaches/5e1a0c9d2b3f4a6e8d7c0501/getData -Body '[WARN] not json' -ErrorAction Stop } |
            Should -Throw '*-Body*not valid JSON*'
    }
}

Describe 'Values read back' {
    It 'keeps every digit of a whole number past 64 bits, and shows a field whose name a typed property has' {
        $created = New-CeligoIntegration -Name 'Values read back' -Property @{ big = [bigint]::Parse('123456789012345678901'); id = 'the API''s own id'; Name = 'a second name' } -Confirm:$false
        $integration = Get-CeligoIntegration -Id $created.Id
        $integration.big | Should -Be ([bigint]::Parse('123456789012345678901'))
        $integration.Id | Should -Be $created.Id
        $integration.api_id | Should -Be 'the API''s own id'
        $integration.Name | Should -Be 'Values read back'
        $integration.api_Name | Should -Be 'a second name'
        $integration.PSObject.Properties.Name | Should -Contain 'api_Name'
    }
}
