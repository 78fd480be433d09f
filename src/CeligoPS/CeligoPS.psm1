# CeligoPS root module. The cmdlets live in CeligoPS.dll; this script only loads that assembly in a
# way that keeps its dependencies (Polly, Microsoft.Extensions.*, ...) apart from the versions other
# modules bring: a load context of its own on PowerShell 7, a resolve handler serving lib\ on
# Windows PowerShell 5.1. See src/CeligoPS.Loader.

$null = [System.Reflection.Assembly]::LoadFrom([System.IO.Path]::Combine($PSScriptRoot, 'CeligoPS.Loader.dll'))
Import-Module -Assembly ([CeligoPS.Loader.ModuleLoader]::Load($PSScriptRoot))

$ExecutionContext.SessionState.Module.OnRemove = {
    [CeligoPS.Loader.ModuleLoader]::Release()
}
