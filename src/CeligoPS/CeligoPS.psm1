# CeligoPS root module. The cmdlets live in CeligoPS.dll; this script only loads that assembly in a
# way that keeps its dependencies (Polly, Microsoft.Extensions.*, ...) apart from the versions other
# modules bring: a load context of its own on PowerShell 7, a resolve handler serving lib\ on
# Windows PowerShell 5.1. See src/CeligoPS.Loader.
#
# The loader's type is taken from the loaded assembly rather than named as [CeligoPS.Loader.ModuleLoader]:
# resolving a type name searches every loaded assembly, which is slow in a fresh process.

#
# Import-Module -Force over a loaded CeligoPS removes this script module but leaves the binary module
# of the cmdlet assembly in the session's module table; importing that assembly again would then
# hand back the stale entry and bring no command into this module. So a stale entry goes first.

$loader = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'CeligoPS.Loader.dll')).GetType('CeligoPS.Loader.ModuleLoader', $true)
$cmdlets = $loader::Load($PSScriptRoot)
Get-Module -All | Where-Object { $_.ModuleType -eq 'Binary' -and $_.Path -eq $cmdlets.Location } | Remove-Module -Force
Import-Module -Assembly $cmdlets

# Type literals of the module's own types ([CeligoPS.Client.CeligoApiException] in a catch,
# [CeligoPS.Client.Models.Flow]): on PowerShell 7 these types live in the module's load context, where
# PowerShell does not look for type names, so while the module is loaded each is a type accelerator
# under its full name. Windows PowerShell finds them as it finds any loaded type.
$accelerators = [psobject].Assembly.GetType('System.Management.Automation.TypeAccelerators')
$named = @(if ($PSVersionTable.PSEdition -eq 'Core') { $cmdlets.GetType('CeligoPS.ScriptTypes', $true)::All })
# The accelerators are one table for the whole process, and runspaces import modules side by side (a
# runbook's, a host's): writes to it are taken one at a time, and only when something changes.
[System.Threading.Monitor]::Enter($accelerators)
try {
    $existing = $accelerators::Get
    foreach ($type in $named) {
        if ($existing[$type.FullName] -ne $type) { $accelerators::Add($type.FullName, $type) }
    }
}
finally { [System.Threading.Monitor]::Exit($accelerators) }

# The API's objects are presented by an adapter (property order, the fields a model has no
# property for, the type names the views key on). Its types file names the adapter's type, so it is
# loaded now that the type is loaded and, on PowerShell 7, an accelerator; Import-Module rather than
# Update-TypeData, which some hosts cannot load. It goes with this module when the module is removed.
Import-Module ([System.IO.Path]::Combine($PSScriptRoot, 'CeligoPS.Types.psd1'))

$ExecutionContext.SessionState.Module.OnRemove = {
    [System.Threading.Monitor]::Enter($accelerators)
    try {
        $existing = $accelerators::Get
        foreach ($type in $named) {
            if ($existing[$type.FullName] -eq $type) { [void]$accelerators::Remove($type.FullName) }
        }
    }
    finally { [System.Threading.Monitor]::Exit($accelerators) }
    $loader::Release()
}.GetNewClosure()
