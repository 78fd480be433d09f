@{
    RootModule        = 'TrivialModule.dll'
    ModuleVersion     = '1.0.0'
    GUID              = '0b7c3f1e-5a2d-4c69-8e4b-1f9d2a6c7e30'
    Description       = 'Benchmark baseline: a binary module with one cmdlet, imported like CeligoPS.'
    PowerShellVersion = '5.1'
    CmdletsToExport   = @('Get-Trivial')
    FunctionsToExport = @()
    AliasesToExport   = @()
    VariablesToExport = @()
}
