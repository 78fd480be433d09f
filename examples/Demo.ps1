<#
.SYNOPSIS
    The daily health check and the failed-job retry, in a few lines of CeligoPS.

.DESCRIPTION
    Runs against the local emulator by default (start it with
    'dotnet run --project src/CeligoPS.Emulator -- --port 5099 --token demo-token', or run
    './build.ps1 Demo', which starts one for you). Point -BaseUri and -Token at a real account to run it
    there; add -WhatIf to see what would be retried without retrying anything.

    It shows the integrations, the jobs that failed in the window, the open errors those jobs left per
    flow and step, then retries every retriable error of the failed jobs and reports each step's retry.
    It returns a summary object.

.EXAMPLE
    ./examples/Demo.ps1 -BaseUri http://127.0.0.1:5099 -Token demo-token -WhatIf
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Uri] $BaseUri = 'http://127.0.0.1:5099',
    [string] $Token = 'demo-token',
    [ValidateRange(1, 720)] [int] $Hours = 24
)

$ErrorActionPreference = 'Stop'
if (-not (Get-Module -Name CeligoPS)) {
    Import-Module (Join-Path $PSScriptRoot '../out/CeligoPS/CeligoPS.psd1')
}

Connect-Celigo -BaseUri $BaseUri -Token $Token
$since = (Get-Date).AddHours(-$Hours)

$report = Get-CeligoHealthReport -Since $since
Write-Host ("Health since {0}: {1} failed job(s), {2} running, {3} open error(s) in {4} flow(s), {5} offline connection(s)" -f `
    $since, $report.FailedJobCount, $report.RunningJobCount, $report.OpenErrorCount, $report.FlowsWithErrors, $report.OfflineConnectionCount)

Write-Host "`nIntegrations"
$integrations = @(Get-CeligoIntegration)
$integrations | ForEach-Object { Write-Host ("  {0,-30} {1}" -f $_.Name, $_.Id) }

# Names for the flows and steps below: one listing of the flows, and each flow's steps when first needed.
$flowNames = @{}
Get-CeligoFlow | ForEach-Object { $flowNames[$_.Id] = $_.Name }
$stepNames = @{}
function Get-StepName([string] $FlowId, [string] $StepId) {
    if (-not $stepNames.ContainsKey($FlowId)) {
        $stepNames[$FlowId] = @{}
        Get-CeligoFlowStep -FlowId $FlowId | ForEach-Object { $stepNames[$FlowId][$_.StepId] = $_.Name }
    }
    if ($stepNames[$FlowId][$StepId]) { "'$($stepNames[$FlowId][$StepId])'" } else { $StepId }
}
function Get-FlowName([string] $FlowId) { if ($flowNames[$FlowId]) { "'$($flowNames[$FlowId])'" } else { $FlowId } }

Write-Host "`nFlow jobs that failed since $since"
$failed = @(Get-CeligoJob -Type flow -Status Failed -Since $since)
$failed | ForEach-Object { Write-Host ("  {0}  started {1}  {2} error(s)  job {3}" -f (Get-FlowName $_.FlowId), $_.StartedAt, $_.NumError, $_.Id) }

Write-Host "`nErrors those jobs left, per step"
$errors = @($failed | Get-CeligoError)
$perStep = [ordered]@{}
foreach ($e in $errors) {
    $key = "flow $(Get-FlowName $e.FlowId), step $(Get-StepName $e.FlowId $e.StepId)"
    $perStep[$key] = 1 + [int]$perStep[$key]
}
$perStep.GetEnumerator() | ForEach-Object { Write-Host ("  {0}: {1} error(s)" -f $_.Key, $_.Value) }
$retriable = @($errors | Where-Object Retriable).Count
Write-Host "  $($errors.Count) error(s) left by those jobs, $retriable of them retriable"

Write-Host "`nRetrying"
$retried = @($failed | Invoke-CeligoErrorRetry -Confirm:$false)
$retried | ForEach-Object { Write-Host ("  flow {0}, step {1}: {2} error(s) sent" -f (Get-FlowName $_.FlowId), (Get-StepName $_.FlowId $_.StepId), $_.Count) }

$sent = 0
foreach ($result in $retried) { $sent += $result.Count }

[pscustomobject]@{
    Healthy       = $report.Healthy
    Integrations  = $integrations.Count
    FailedJobs    = $failed.Count
    OpenErrors    = $report.OpenErrorCount
    ErrorsLeft    = $errors.Count
    Retriable     = $retriable
    RetriedErrors = $sent
    RetriedSteps  = $retried.Count
}
