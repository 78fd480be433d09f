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

$ExecutionContext.SessionState.Module.OnRemove = {
    $loader::Release()
}.GetNewClosure()
