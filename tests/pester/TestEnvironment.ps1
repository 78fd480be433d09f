# What the Pester suite shares: the repository's paths, an emulator process with the documented token,
# a fresh account per test, and the documentation's code as runnable blocks. Every *.Tests.ps1 file
# dot-sources it in BeforeAll (and BeforeDiscovery where it builds test cases), so that code it runs
# is bound to the test's own session state, as code typed at a prompt is, not to a module's.

$script:Root = (Resolve-Path (Join-Path $PSScriptRoot '../..')).Path
$script:DocumentedBaseUri = 'http://127.0.0.1:5099'
$script:DocumentedToken = 'demo-token'
$script:RealAccountMarker = '# Requires a real integrator.io account.'

Import-Module (Join-Path $script:Root 'tools/CeligoEmulator.psm1') -Force

function Get-RepositoryPath {
    param([Parameter(Mandatory = $true)] [string] $Relative)
    Join-Path $script:Root $Relative
}

function Get-BuiltManifest { Get-RepositoryPath 'out/CeligoPS/CeligoPS.psd1' }

function Start-TestEmulator {
    <# An emulator process that takes the token the documentation uses. #>
    Start-CeligoEmulator -Token $script:DocumentedToken
}

function Start-ConnectedTestEmulator {
    <# The built module imported, an emulator process started, and the default session connected to it. #>
    Import-Module (Get-BuiltManifest)
    $emulator = Start-TestEmulator
    Reset-TestAccount -Emulator $emulator
    $emulator
}

function Reset-TestAccount {
    <# A freshly seeded account on the same URI, and the runspace's default session connected to it. #>
    param([Parameter(Mandatory = $true)] $Emulator)
    Reset-CeligoEmulator -Emulator $Emulator
    Connect-Celigo -BaseUri $Emulator.BaseUri -Token $script:DocumentedToken
}

function Test-NeedsRealAccount {
    param([string] $Code)
    $Code.TrimStart().StartsWith($script:RealAccountMarker)
}

function Get-HelpExample {
    <# Every example of every command's help, as Get-Help shows it to a user. #>
    param([Parameter(Mandatory = $true)] [string[]] $Command)
    foreach ($name in $Command) {
        $number = 0
        foreach ($example in @((Get-Help $name -Full).examples.example)) {
            $number++
            @{ Name = "$name example $number"; Code = ($example.code -join "`n").Trim() }
        }
    }
}

function Get-MarkdownPowerShellBlock {
    <# The ```powershell blocks of a markdown file. #>
    param([Parameter(Mandatory = $true)] [string] $Path)
    $lines = Get-Content -LiteralPath $Path
    $number = 0
    for ($i = 0; $i -lt $lines.Count; $i++) {
        if ($lines[$i].Trim() -ne '```powershell') { continue }
        $block = [System.Collections.Generic.List[string]]::new()
        for ($i++; $i -lt $lines.Count -and $lines[$i].Trim() -ne '```'; $i++) { $block.Add($lines[$i]) }
        $number++
        @{ Name = "$(Split-Path $Path -Leaf) block $number"; Code = $block -join "`n" }
    }
}

function Invoke-DocumentedCode {
    <#
        Runs documentation code as a reader would, against the emulator in place of the documented
        http://127.0.0.1:5099, in a scope of its own; any error fails it. Code that needs a real account
        is not run: each of this module's commands it names must exist and take the parameters it passes.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Code,
        [Parameter(Mandatory = $true)] $Emulator
    )
    if (Test-NeedsRealAccount $Code) {
        Assert-CommandUsage $Code
        return
    }
    $script = [scriptblock]::Create($Code.Replace($script:DocumentedBaseUri, $Emulator.BaseUri))
    # As at a prompt: an error is written and the code goes on, then the errors are counted.
    $ErrorActionPreference = 'Continue'
    $output = @(& $script 2>&1)
    # The output must also render as a console would show it, at 80 columns.
    $null = $output | Out-String -Width 80
    $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
    if ($errors.Count -gt 0) {
        throw "The code wrote $($errors.Count) error(s); the first: $($errors[0].FullyQualifiedErrorId): $($errors[0])"
    }
}

function Assert-CommandUsage {
    <# The CeligoPS commands the code names exist, and every parameter it passes is one of theirs. #>
    param([Parameter(Mandatory = $true)] [string] $Code)
    $tokens = $null
    $parseErrors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput($Code, [ref] $tokens, [ref] $parseErrors)
    if ($parseErrors) { throw "The code does not parse: $($parseErrors[0].Message)" }
    foreach ($commandAst in $ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $name = $commandAst.GetCommandName()
        if (-not $name -or $name -notlike '*-Celigo*') { continue }
        $command = Get-Command $name -Module CeligoPS -ErrorAction SilentlyContinue
        if (-not $command) { throw "The code uses $name, which CeligoPS does not export." }
        foreach ($parameter in $commandAst.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] }) {
            $known = @($command.Parameters.Values | Where-Object {
                    $_.Name -like "$($parameter.ParameterName)*" -or $_.Aliases -contains $parameter.ParameterName })
            if ($known.Count -eq 0) { throw "The code passes -$($parameter.ParameterName), which $name does not take." }
        }
    }
}

function Invoke-FreshPwsh {
    <#
        Runs a command in a new pwsh process with no profile, as a user opening a new console would,
        and returns its output lines; a non-zero exit fails. Extra environment variables are set for
        that process only.
    #>
    param(
        [Parameter(Mandatory = $true)] [string] $Command,
        [hashtable] $Environment = @{}
    )
    # Under the PowerShell .NET tool this process is dotnet running pwsh.dll; elsewhere it is pwsh.
    $host_ = [Environment]::ProcessPath
    $arguments = @()
    if ([IO.Path]::GetFileNameWithoutExtension($host_) -eq 'dotnet') { $arguments += Join-Path $PSHOME 'pwsh.dll' }
    $arguments += '-NoProfile', '-NonInteractive', '-Command', $Command
    $saved = @{}
    foreach ($name in $Environment.Keys) {
        $saved[$name] = [Environment]::GetEnvironmentVariable($name)
        [Environment]::SetEnvironmentVariable($name, $Environment[$name])
    }
    try {
        $output = & $host_ @arguments 2>&1
        if ($LASTEXITCODE -ne 0) { throw "pwsh exited with $LASTEXITCODE`: $($output -join "`n")" }
        $output | ForEach-Object { "$_" }
    }
    finally {
        foreach ($name in $saved.Keys) { [Environment]::SetEnvironmentVariable($name, $saved[$name]) }
    }
}
