# What users write instead of Get-CeligoJob: the same jobs listing with Invoke-RestMethod, paging by
# the createdAt cursor (exact last createdAt, inclusive, dropping the rows already seen at that
# boundary) until a page holds fewer than 1000 rows. Run by the benchmark under a real pwsh; prints
# "<jobs> <milliseconds>".
param(
    [Parameter(Mandatory)] [string] $BaseUri,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $FlowId
)
$ErrorActionPreference = 'Stop'
$headers = @{ Authorization = "Bearer $Token"; Accept = 'application/json' }
$base = $BaseUri.TrimEnd('/')

$watch = [System.Diagnostics.Stopwatch]::StartNew()
$count = 0
$seenAtBoundary = [System.Collections.Generic.HashSet[string]]::new()
$boundary = $null
$createdAtLte = $null
while ($true) {
    $uri = "$base/v1/jobs?_flowId=$([uri]::EscapeDataString($FlowId))"
    if ($createdAtLte) { $uri += "&createdAt_lte=$([uri]::EscapeDataString($createdAtLte))" }
    # PowerShell 7 writes a JSON array as one object (5.1 enumerates it), and a 204 (no jobs) as
    # nothing: foreach turns every answer into the list of its jobs.
    $page = @(foreach ($job in (Invoke-RestMethod -Uri $uri -Headers $headers)) { $job })
    foreach ($job in $page) {
        if (-not $seenAtBoundary.Contains($job._id)) { $count++ }
    }
    if ($page.Count -lt 1000) { break }

    # ConvertFrom-Json turns ISO dates into DateTime; send the cursor back as UTC with milliseconds.
    $last = $page[-1].createdAt
    if ($last -is [datetime]) {
        if ($last.Kind -eq [DateTimeKind]::Unspecified) { $last = [datetime]::SpecifyKind($last, [DateTimeKind]::Utc) }
        $last = $last.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [cultureinfo]::InvariantCulture)
    }
    if ($boundary -ne $last) { $seenAtBoundary.Clear(); $boundary = $last }
    foreach ($job in $page) {
        $at = $job.createdAt
        if ($at -is [datetime]) {
            if ($at.Kind -eq [DateTimeKind]::Unspecified) { $at = [datetime]::SpecifyKind($at, [DateTimeKind]::Utc) }
            $at = $at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", [cultureinfo]::InvariantCulture)
        }
        if ($at -eq $last) { [void]$seenAtBoundary.Add($job._id) }
    }
    $createdAtLte = $last
}
$watch.Stop()
"$count $([math]::Round($watch.Elapsed.TotalMilliseconds))"
