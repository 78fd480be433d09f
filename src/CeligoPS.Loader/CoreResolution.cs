using System;

namespace CeligoPS.Loader;

/// <summary>
/// Which copy of an assembly the module's load context uses on PowerShell 7. A pure decision, so
/// that the rules can be tested without a second PowerShell.
/// </summary>
internal static class CoreResolution
{
    /// <summary>
    /// The path to load privately, or null to share the host's copy. Framework assemblies and
    /// PowerShell's own are shared: types such as <c>JsonElement</c>, <c>ValueTask</c> and
    /// <c>PSObject</c> must be the host's so that objects cross into the pipeline. Everything else
    /// the module ships (Polly, Microsoft.Extensions.*, the client) is private, whatever versions
    /// other modules have loaded.
    /// </summary>
    public static string? PrivatePath(string? simpleName, Func<string, bool> isFrameworkAssembly, Func<string?, string?> privateCopy)
    {
        if (string.IsNullOrEmpty(simpleName) || IsPowerShell(simpleName!) || isFrameworkAssembly(simpleName!))
        {
            return null;
        }
        return privateCopy(simpleName);
    }

    private static bool IsPowerShell(string simpleName) =>
        simpleName.Equals("System.Management.Automation", StringComparison.OrdinalIgnoreCase)
        || simpleName.StartsWith("Microsoft.PowerShell.", StringComparison.OrdinalIgnoreCase);
}
