using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>The built folder out/CeligoPS is a module PowerShell accepts, exporting exactly the documented commands.</summary>
public sealed class ModuleManifestTests
{
    public static readonly string[] ExpectedCommands =
    {
        "Connect-Celigo", "Disconnect-Celigo", "Save-CeligoEnvironment", "Get-CeligoContext", "Get-CeligoIntegration", "Get-CeligoFlow",
        "Get-CeligoJob", "Get-CeligoRunningJob", "Get-CeligoError", "Invoke-CeligoErrorRetry",
        "Get-CeligoConnection", "Get-CeligoExport", "Get-CeligoImport", "Get-CeligoUser", "Get-CeligoScript", "Get-CeligoTag", "Get-CeligoLookupCache",
        "Get-CeligoFlowStep", "Get-CeligoFlowLastExportDateTime", "Get-CeligoErrorSummary", "Get-CeligoErrorPattern", "Get-CeligoErrorRequest", "Get-CeligoFlowStepRequest", "Get-CeligoFlowRunStatistic", "Get-CeligoErrorRetryData", "Get-CeligoDependency", "Get-CeligoAuditLog",
        "Get-CeligoState", "Get-CeligoLookupCacheData", "Get-CeligoConnectionDebugLog", "Disable-CeligoConnectionDebug", "Get-CeligoScriptLog", "Enable-CeligoScriptDebug", "Export-CeligoTemplate", "Get-CeligoHealthReport", "Invoke-CeligoRestMethod",
        "Invoke-CeligoFlow", "Wait-CeligoJob", "Watch-CeligoJob", "Watch-CeligoError", "Stop-CeligoJob", "Save-CeligoJobDiagnostic", "Save-CeligoJobFile", "Clear-CeligoJobFile",
        "Resolve-CeligoError", "Clear-CeligoResolvedError", "Set-CeligoErrorRetryData", "Set-CeligoErrorAssignee", "Set-CeligoErrorTag",
        "Test-CeligoConnection", "Enable-CeligoConnectionDebug",
        "Enable-CeligoFlow", "Disable-CeligoFlow", "Set-CeligoFlow", "Set-CeligoIntegration", "Remove-CeligoFlow", "Remove-CeligoIntegration",
        "New-CeligoTag", "Set-CeligoTag", "Remove-CeligoTag", "Set-CeligoState", "Remove-CeligoState", "Set-CeligoLookupCacheData", "Remove-CeligoLookupCacheData",
        "New-CeligoIntegration", "New-CeligoFlow", "New-CeligoConnection", "Add-CeligoUser", "Set-CeligoUser", "Disable-CeligoUser", "Enable-CeligoUser", "Send-CeligoUserInvitation", "Remove-CeligoUser", "Set-CeligoConnection", "Remove-CeligoConnection", "Register-CeligoConnection", "Unregister-CeligoConnection", "Set-CeligoConnectionReference", "Copy-CeligoIntegration", "Export-CeligoIntegration", "Compare-CeligoIntegration", "Publish-CeligoIntegration", "Get-CeligoRevision", "New-CeligoRevision", "Compare-CeligoRevision", "Copy-CeligoFlow", "Invoke-CeligoExport", "New-CeligoExport", "Set-CeligoExport", "Copy-CeligoExport", "Remove-CeligoExport", "New-CeligoImport", "Set-CeligoImport", "Copy-CeligoImport", "Remove-CeligoImport", "Invoke-CeligoImport", "New-CeligoScript", "Set-CeligoScript", "Remove-CeligoScript", "New-CeligoLookupCache", "Set-CeligoLookupCache", "Remove-CeligoLookupCache",
    };

    [Fact]
    public void TestModuleManifest_Passes_AndDescribesTheModule()
    {
        using var host = new PowerShellHost(importModule: false);
        var result = host.Run($"Test-ModuleManifest -Path '{RepoPaths.ModuleManifest}'");
        result.ShouldSucceed();
        var manifest = Assert.Single(result.Output);
        Assert.Equal("CeligoPS", manifest.Properties["Name"].Value);
        var editions = ((IEnumerable<string>)manifest.Properties["CompatiblePSEditions"].Value).ToArray();
        Assert.Equal(new[] { "Desktop", "Core" }, editions);
        Assert.Equal(new Version(5, 1), manifest.Properties["PowerShellVersion"].Value);
    }

    [Fact]
    public void ImportedModule_ExportsExactlyTheManifestCommands()
    {
        using var host = new PowerShellHost();
        var result = host.Run("Get-Command -Module CeligoPS | ForEach-Object Name");
        result.ShouldSucceed();
        var names = result.Output.Select(o => o.ToString()).OrderBy(n => n).ToArray();
        Assert.Equal(ExpectedCommands.OrderBy(n => n).ToArray(), names);
    }

    [Fact]
    public void ModuleFolder_ShipsNoPowerShellReferenceAssembly_AndHasTheFormatFile()
    {
        Assert.False(File.Exists(Path.Combine(RepoPaths.ModuleFolder, "System.Management.Automation.dll")));
        Assert.True(File.Exists(Path.Combine(RepoPaths.ModuleFolder, "CeligoPS.Format.ps1xml")));
        var manifest = File.ReadAllText(Path.Combine(RepoPaths.ModuleFolder, "CeligoPS.psd1"));
        Assert.DoesNotContain("*", manifest.Split("CmdletsToExport")[1].Split(")")[0]);
    }

    [Fact]
    public void ManyRunspacesImportingAtOnce_AllGetEveryCommand()
    {
        // Runbooks and hosts open runspaces side by side, each importing the module into one process:
        // the process-wide type accelerators are written one import at a time.
        for (var round = 0; round < 3; round++)
        {
            var counts = new System.Collections.Concurrent.ConcurrentBag<string>();
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
            {
                using var host = new PowerShellHost();
                var result = host.Run("@(Get-Command -Module CeligoPS).Count; [CeligoPS.Client.CeligoApiException].Name");
                result.ShouldSucceed();
                counts.Add(string.Join(",", result.Output.Select(o => o.ToString())));
            });
            Assert.All(counts, c => Assert.Equal($"{ExpectedCommands.Length},CeligoApiException", c));
        }
    }
}
