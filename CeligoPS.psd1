@{
    RootModule             = 'CeligoPS.dll'
    ModuleVersion          = '0.1.0'
    GUID                   = '6f1c9a52-3d4e-4b8a-9c1d-2a7e5b9f0c31'
    Author                 = 'CeligoPS contributors'
    CompanyName            = 'CeligoPS'
    Copyright              = '(c) CeligoPS contributors. MIT License.'
    Description            = 'PowerShell module for Celigo integrator.io: integrations, flows, jobs and errors as objects, with retries, paging and a local emulator.'
    PowerShellVersion      = '5.1'
    CompatiblePSEditions   = @('Desktop', 'Core')
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess       = @('CeligoPS.Format.ps1xml')
    CmdletsToExport        = @(
        'Connect-Celigo'
        'Disconnect-Celigo'
        'Get-CeligoContext'
        'Get-CeligoIntegration'
        'Get-CeligoFlow'
        'Get-CeligoJob'
        'Get-CeligoError'
        'Invoke-CeligoErrorRetry'
        'Get-CeligoConnection'
        'Get-CeligoExport'
        'Get-CeligoImport'
        'Get-CeligoUser'
        'Get-CeligoScript'
        'Get-CeligoTag'
        'Get-CeligoLookupCache'
        'Get-CeligoFlowStep'
        'Get-CeligoFlowLastExportDateTime'
        'Get-CeligoErrorSummary'
        'Get-CeligoErrorRetryData'
        'Get-CeligoDependency'
        'Get-CeligoAuditLog'
        'Get-CeligoState'
        'Get-CeligoLookupCacheData'
        'Get-CeligoConnectionDebugLog'
        'Export-CeligoTemplate'
        'Get-CeligoHealthReport'
        'Invoke-CeligoRestMethod'
        'Invoke-CeligoFlow'
        'Wait-CeligoJob'
        'Stop-CeligoJob'
        'Resolve-CeligoError'
        'Clear-CeligoResolvedError'
        'Set-CeligoErrorRetryData'
        'Set-CeligoErrorAssignee'
        'Set-CeligoErrorTag'
        'Test-CeligoConnection'
        'Enable-CeligoConnectionDebug'
    )
    FunctionsToExport      = @()
    VariablesToExport      = @()
    AliasesToExport        = @()
    PrivateData            = @{
        PSData = @{
            Tags         = @('Celigo', 'integrator.io', 'iPaaS', 'Integration', 'REST', 'Automation', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://github.com/CeligoPS/CeligoPS/blob/main/LICENSE'
            ProjectUri   = 'https://github.com/CeligoPS/CeligoPS'
            ReleaseNotes = 'First release: sessions (US/EU/base URI, config file, environment variables), integrations, flows, jobs (createdAt cursor), errors (by step, flow or job) and error retry, with a local integrator.io emulator.'
        }
    }
}
