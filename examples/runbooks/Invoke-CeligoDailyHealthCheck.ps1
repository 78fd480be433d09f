<#
.SYNOPSIS
    Azure Automation runbook: the daily Celigo health check, written as a summary.

.DESCRIPTION
    Runs Get-CeligoHealthReport for the last -Hours (failed and running flow jobs, open errors per flow,
    offline connections) and writes a text report, then a summary object, to the job's output. Runs
    on Windows PowerShell 5.1 and PowerShell 7 runtimes with the CeligoPS module imported into the
    Automation account; run from a clone of the repository, it imports the built module itself.

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
$report = Get-CeligoHealthReport -Since $since

$lines = @(
    "Celigo health check since $since"
    "  failed flow jobs: $($report.FailedJobCount)"
    "  running flow jobs: $($report.RunningJobCount)"
    "  open errors: $($report.OpenErrorCount) in $($report.FlowsWithErrors) flow(s)"
    "  offline connections: $($report.OfflineConnectionCount)"
)
$flowNames = @{}
if ($report.OpenErrors) { Get-CeligoFlow | ForEach-Object { $flowNames[$_.Id] = $_.Name } }
foreach ($flow in $report.OpenErrors) {
    $name = if ($flowNames[$flow.FlowId]) { "'$($flowNames[$flow.FlowId])' ($($flow.FlowId))" } else { $flow.FlowId }
    $lines += "    flow ${name}: $($flow.NumError) open error(s), last at $($flow.LastErrorAt)"
}
foreach ($connection in $report.OfflineConnections) { $lines += "    offline: '$($connection.Name)' ($($connection.Id))" }
# The report goes to the output stream, which Azure Automation always keeps (Verbose only when
# verbose logging is on), followed by the summary object.
Write-Output ($lines -join "`n")

[pscustomobject]@{
    Since              = $report.Since
    Healthy            = $report.Healthy
    FailedJobs         = $report.FailedJobCount
    RunningJobs        = $report.RunningJobCount
    OpenErrors         = $report.OpenErrorCount
    FlowsWithErrors    = $report.FlowsWithErrors
    OfflineConnections = $report.OfflineConnectionCount
}
