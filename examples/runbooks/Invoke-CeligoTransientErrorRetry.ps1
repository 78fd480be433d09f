<#
.SYNOPSIS
    Azure Automation runbook: retries the open errors of recently failed jobs whose cause is transient.

.DESCRIPTION
    Errors caused by a connection problem, a rate or governance limit, or an intermittent failure
    usually succeed when run again; data errors (mapping, missing or invalid values) do not. This
    runbook finds the open errors of flow jobs that failed in the last -Hours, keeps those whose
    classification or source marks them transient, and retries them (one call per step, each error
    once). Use -WhatIf to see what it would retry.

    The token comes from an encrypted Automation variable (-TokenVariableName) or a Key Vault secret
    (-KeyVaultName, -SecretName, read with the account's managed identity). -Token and -BaseUri exist
    for trying the runbook locally against the emulator.

.EXAMPLE
    # In Azure Automation, on a schedule every hour:
    ./Invoke-CeligoTransientErrorRetry.ps1 -TokenVariableName CeligoApiToken -Hours 2
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [ValidateSet('US', 'EU')] [string] $Region = 'US',
    [Uri] $BaseUri,
    [string] $TokenVariableName,
    [string] $KeyVaultName,
    [string] $SecretName,
    [string] $Token,
    [ValidateRange(1, 720)] [int] $Hours = 24,
    [string[]] $TransientClassification = @('connection', 'intermittent', 'governance'),
    [string[]] $TransientSource = @('connection')
)

$ErrorActionPreference = 'Stop'
# In Azure Automation the module is installed and loads on first use; run from a clone of the
# repository, the module the build left in out/ is used.
if (-not (Get-Module -Name CeligoPS) -and -not (Get-Module -ListAvailable -Name CeligoPS)) {
    Import-Module (Join-Path $PSScriptRoot '../../out/CeligoPS/CeligoPS.psd1')
}
# Each runbook is imported into Azure Automation on its own, so it carries its own copy of this helper.
function Get-CeligoRunbookToken {
    <#
    .SYNOPSIS
        The token for Connect-Celigo: an explicit -Token (for local testing), else an encrypted
        Automation variable, else a Key Vault secret read with the Automation account's managed identity.
    #>
    param(
        [string] $Token,
        [string] $TokenVariableName,
        [string] $KeyVaultName,
        [string] $SecretName
    )
    if ($Token) { return $Token }
    if ($TokenVariableName) {
        # Get-AutomationVariable exists only inside Azure Automation; encrypted variables come back decrypted.
        return Get-AutomationVariable -Name $TokenVariableName
    }
    if ($KeyVaultName -and $SecretName) {
        Connect-AzAccount -Identity | Out-Null
        return Get-AzKeyVaultSecret -VaultName $KeyVaultName -Name $SecretName -AsPlainText
    }
    throw 'No token source: pass -TokenVariableName (an encrypted Automation variable) or -KeyVaultName and -SecretName.'
}

$secret = Get-CeligoRunbookToken -Token $Token -TokenVariableName $TokenVariableName -KeyVaultName $KeyVaultName -SecretName $SecretName
if ($BaseUri) { Connect-Celigo -BaseUri $BaseUri -Token $secret } else { Connect-Celigo -Region $Region -Token $secret }

$since = (Get-Date).AddHours(-$Hours)
$transient = @(
    Get-CeligoJob -Type flow -Status Failed -Since $since |
        Get-CeligoError |
        Where-Object { $_.Retriable -and ($TransientClassification -contains $_.Classification -or $TransientSource -contains $_.Source) }
)
Write-Verbose "$($transient.Count) transient error(s) of jobs that failed since $since" -Verbose

$results = @($transient | Invoke-CeligoErrorRetry -Confirm:$false)
$sent = 0
foreach ($result in $results) { $sent += $result.Count }

[pscustomobject]@{
    Since           = $since
    TransientErrors = $transient.Count
    RetriedErrors   = $sent
    Steps           = $results
}
