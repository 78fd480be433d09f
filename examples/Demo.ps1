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

Write-Host "`nFlow jobs that failed since $since"
$failed = @(Get-CeligoJob -Type flow -Status Failed -Since $since)
$failed | ForEach-Object { Write-Host ("  {0}  flow {1}  started {2}  errors {3}" -f $_.Id, $_.FlowId, $_.StartedAt, $_.NumError) }

Write-Host "`nOpen errors those jobs left, per step"
$errors = @($failed | Get-CeligoError)
$perStep = @{}
foreach ($e in $errors) {
    $key = "flow $($e.FlowId) step $($e.StepId)"
    $perStep[$key] = 1 + [int]$perStep[$key]
}
$perStep.GetEnumerator() | ForEach-Object { Write-Host ("  {0}: {1} error(s)" -f $_.Key, $_.Value) }
$retriable = @($errors | Where-Object Retriable).Count
Write-Host "  $($errors.Count) open error(s), $retriable of them retriable"

Write-Host "`nRetrying"
$retried = @($failed | Invoke-CeligoErrorRetry -Confirm:$false)
$retried | ForEach-Object { Write-Host ("  flow {0} step {1}: {2} error(s) sent" -f $_.FlowId, $_.StepId, $_.Count) }

$sent = 0
foreach ($result in $retried) { $sent += $result.Count }

[pscustomobject]@{
    Healthy       = $report.Healthy
    Integrations  = $integrations.Count
    FailedJobs    = $failed.Count
    OpenErrors    = $errors.Count
    Retriable     = $retriable
    RetriedErrors = $sent
    RetriedSteps  = $retried.Count
}
