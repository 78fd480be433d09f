# The model types' adapter (CeligoPS.Types.ps1xml), imported by CeligoPS.psm1 after the cmdlet
# assembly: the adapter's type must be loaded, and nameable, before the types file names it.
@{
    ModuleVersion  = '1.0'
    TypesToProcess = @('CeligoPS.Types.ps1xml')
}
