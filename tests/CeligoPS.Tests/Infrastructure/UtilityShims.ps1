# Test-only stand-ins for a few Microsoft.PowerShell.Utility cmdlets. The PowerShell engine the tests
# host (the System.Management.Automation package) has only the core cmdlets, while help examples, the
# README and examples/Demo.ps1 are written for a real PowerShell, which has these. Each stand-in is
# defined only when the real cmdlet is missing, and does just what those scripts use.

if (-not (Get-Command Get-Date -ErrorAction Ignore)) {
    function Get-Date {
        param([Parameter(Position = 0)] [datetime] $Date = [datetime]::Now)
        $Date
    }
}

if (-not (Get-Command Write-Output -ErrorAction Ignore)) {
    function Write-Output {
        param([Parameter(Position = 0, ValueFromPipeline = $true, ValueFromRemainingArguments = $true)] $InputObject)
        process { $InputObject }
    }
}

if (-not (Get-Command Write-Host -ErrorAction Ignore)) {
    function Write-Host {
        param([Parameter(Position = 0, ValueFromRemainingArguments = $true)] $Object, $ForegroundColor, $BackgroundColor, [switch] $NoNewline)
        $Host.UI.WriteLine((@($Object) -join ' '))
    }
}

if (-not (Get-Command Format-Table -ErrorAction Ignore)) {
    function Format-Table {
        param([Parameter(Position = 0)] $Property, [switch] $AutoSize, [Parameter(ValueFromPipeline = $true)] $InputObject)
        process { $InputObject }
    }
}

if (-not (Get-Command Select-Object -ErrorAction Ignore)) {
    function Select-Object {
        param(
            [Parameter(Position = 0)] [string[]] $Property,
            [string] $ExpandProperty,
            [int] $First = -1,
            [Parameter(ValueFromPipeline = $true)] $InputObject)
        begin { $taken = 0 }
        process {
            if ($First -ge 0 -and $taken -ge $First) { return }
            $taken++
            if ($ExpandProperty) { return $InputObject.$ExpandProperty }
            if (-not $Property) { return $InputObject }
            $copy = [ordered]@{}
            foreach ($name in $Property) { $copy[$name] = $InputObject.$name }
            [pscustomobject]$copy
        }
    }
}

if (-not (Get-Command Measure-Object -ErrorAction Ignore)) {
    function Measure-Object {
        param([Parameter(ValueFromPipeline = $true)] $InputObject)
        begin { $count = 0 }
        process { $count++ }
        end { [pscustomobject]@{ Count = $count } }
    }
}

if (-not (Get-Command Group-Object -ErrorAction Ignore)) {
    function Group-Object {
        param([Parameter(Position = 0)] [string] $Property, [switch] $NoElement, [Parameter(ValueFromPipeline = $true)] $InputObject)
        begin { $groups = [ordered]@{} }
        process {
            $key = [string]$InputObject.$Property
            if (-not $groups.Contains($key)) { $groups[$key] = [System.Collections.Generic.List[object]]::new() }
            $groups[$key].Add($InputObject)
        }
        end {
            foreach ($key in $groups.Keys) {
                [pscustomobject]@{ Name = $key; Count = $groups[$key].Count; Group = $groups[$key].ToArray() }
            }
        }
    }
}

if (-not (Get-Command Write-Verbose -ErrorAction Ignore)) {
    function Write-Verbose {
        param([Parameter(Position = 0)] [string] $Message)
        $Host.UI.WriteVerboseLine($Message)
    }
}
