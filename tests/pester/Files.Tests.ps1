# The files the module writes: templates and the config file. One template per file, no file of the
# user's touched on the way, clear refusals for paths that cannot work, and links kept as links.

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestEnvironment.ps1')
    $script:Emulator = Start-ConnectedTestEmulator
    $script:Work = Join-Path ([System.IO.Path]::GetTempPath()) "celigops-files-$PID"
    # Each test starts with an empty folder of its own.
    function Reset-WorkFolder {
        Remove-Item -LiteralPath $script:Work -Recurse -Force -ErrorAction Ignore
        New-Item -ItemType Directory -Path $script:Work -Force | Out-Null
    }
}

AfterAll {
    if ($script:Emulator) { Stop-CeligoEmulator -Emulator $script:Emulator }
    Remove-Item -LiteralPath $script:Work -Recurse -Force -ErrorAction Ignore
}

Describe 'Export-CeligoTemplate' {
    BeforeEach { Reset-WorkFolder }

    It 'writes one template to a file path and refuses the others piped after it, saying to give a folder' {
        $file = Join-Path $script:Work 'backup.zip'
        $integrations = @(Get-CeligoIntegration)
        $integrations.Count | Should -BeGreaterThan 1
        $err = $null
        $written = @($integrations | Export-CeligoTemplate -Path $file -Force -ErrorVariable err -ErrorAction SilentlyContinue)
        $written.Count | Should -Be 1
        $err.Count | Should -Be ($integrations.Count - 1)
        $err | ForEach-Object { $_.Exception.Message | Should -BeLike '*one file holds one template*folder*' }
        $zip = [System.IO.Compression.ZipFile]::OpenRead($file)
        try { $zip.Entries.FullName | Should -Contain "integrations/$($integrations[0].Id).json" } finally { $zip.Dispose() }
    }

    It 'writes one file per template into a folder' {
        $integrations = @(Get-CeligoIntegration)
        $written = @($integrations | Export-CeligoTemplate -Path $script:Work)
        $written.Count | Should -Be $integrations.Count
        @($written.FullName | Sort-Object -Unique).Count | Should -Be $integrations.Count
    }

    It 'leaves a file of the user''s named like the download''s working file alone' {
        $file = Join-Path $script:Work 'backup.zip'
        Set-Content -LiteralPath "$file.partial" -Value 'mine'
        Export-CeligoTemplate -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001 -Path $file | Out-Null
        Get-Content -LiteralPath "$file.partial" | Should -Be 'mine'
        @(Get-ChildItem -LiteralPath $script:Work -Force).Name | Sort-Object | Should -Be 'backup.zip', 'backup.zip.partial'
    }

    It 'refuses <Case> before anything is sent, naming what to do' -ForEach @(
        @{ Case = 'a folder that does not exist'; Path = { Join-Path $script:Work 'missing/t.zip' }; Message = '*folder*does not exist*Create it*' }
        @{ Case = 'a path outside the file system'; Path = { 'Env:/CELIGO_TEMPLATE' }; Message = '*Environment provider*file system*' }
    ) {
        $target = & $Path
        $err = $null
        Export-CeligoTemplate -IntegrationId 5e1a0c9d2b3f4a6e8d7c0001 -Path $target -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].Exception.Message | Should -BeLike $Message
        $err[0].Exception.Message | Should -Not -BeLike '*.partial*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Test-Path Env:/CELIGO_TEMPLATE | Should -BeFalse
        @(Get-ChildItem -LiteralPath (Get-Location) -Filter 'CELIGO_TEMPLATE*').Count | Should -Be 0
    }
}

Describe 'Save-CeligoEnvironment' {
    BeforeEach { Reset-WorkFolder }

    It 'writes through a config file that is a symbolic link, which stays a link' -Skip:$IsWindows {
        $real = Join-Path $script:Work 'real-config.json'
        $link = Join-Path $script:Work 'celigo_config.json'
        Set-Content -LiteralPath $real -Value '{}'
        New-Item -ItemType SymbolicLink -Path $link -Target $real | Out-Null
        Save-CeligoEnvironment -Name linked -Token $DocumentedToken -BaseUri $script:Emulator.BaseUri -ConfigPath $link -Confirm:$false
        (Get-Item -LiteralPath $link).LinkType | Should -Be 'SymbolicLink'
        Get-Content -Raw -LiteralPath $real | Should -Match '"linked"'
    }
}
