<#
.SYNOPSIS
    Azure Automation runbook: the daily Celigo health check, written as a summary.

.DESCRIPTION
    Lists the flow jobs that failed and the jobs still running in the last -Hours, and the open errors
    the failed jobs left per flow, then writes a summary object (for the job's output) and a text report
    (for the job's stream). Runs on Windows PowerShell 5.1 and PowerShell 7 runtimes with the CeligoPS
    module imported into the Automation account.

    The token comes from an encrypted Automation variable (-TokenVariableName) or a Key Vault secret
    (-KeyVaultName, -SecretName, read with the account's managed identity). -Token and -BaseUri exist
    for trying the runbook locally against the emulator.

.EXAMPLE
    # In Azure Automation, with an encrypted variable named CeligoApiToken:
    ./Invoke-CeligoDailyHealthCheck.ps1 -Region EU -TokenVariableName CeligoApiToken
#>
param(
    [ValidateSet('US', 'EU')] [string] $Region = 'US',
    [Uri] $BaseUri,
    [string] $TokenVariableName,
    [string] $KeyVaultName,
    [string] $SecretName,
    [string] $Token,
    [ValidateRange(1, 720)] [int] $Hours = 24
)

$ErrorActionPreference = 'Stop'
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
$failed = @(Get-CeligoJob -Type flow -Status Failed -Since $since)
$running = @(Get-CeligoJob -Type flow -Status Running -Since $since)
$errors = @($failed | Get-CeligoError)

$perFlow = @{}
foreach ($e in $errors) { $perFlow[$e.FlowId] = 1 + [int]$perFlow[$e.FlowId] }

$report = @("Celigo health check since $since", "  failed flow jobs: $($failed.Count)", "  running flow jobs: $($running.Count)", "  open errors of failed jobs: $($errors.Count)")
foreach ($flow in $perFlow.Keys) { $report += "    flow ${flow}: $($perFlow[$flow]) error(s)" }
Write-Verbose ($report -join "`n") -Verbose

[pscustomobject]@{
    Since          = $since
    FailedJobs     = $failed.Count
    RunningJobs    = $running.Count
    OpenErrors     = $errors.Count
    ErrorsPerFlow  = $perFlow
    Healthy        = ($failed.Count -eq 0)
}
