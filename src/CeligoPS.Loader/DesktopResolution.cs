using System;
using System.Linq;
using System.Reflection;

namespace CeligoPS.Loader;

/// <summary>
/// Whether the module answers an assembly-resolve request on Windows PowerShell 5.1, where there are
/// no load contexts and no binding redirects: netstandard libraries ask for versions of the shim
/// assemblies (System.Memory, System.Runtime.CompilerServices.Unsafe ...) that differ from the ones
/// shipped, and the request fails unless someone answers it. A pure decision, tested on its own.
/// </summary>
internal static class DesktopResolution
{
    /// <param name="requested">What the runtime could not find.</param>
    /// <param name="shipped">The module's copy of that assembly, or null when it ships none.</param>
    /// <param name="requestedByModule">The request comes from one of the module's own assemblies.</param>
    public static bool ShouldServe(AssemblyName requested, AssemblyName? shipped, bool requestedByModule)
    {
        if (shipped == null || !SameName(requested, shipped) || !SamePublisher(requested, shipped))
        {
            return false;
        }
        if (requested.Version != null && shipped.Version != null && requested.Version > shipped.Version)
        {
            return false; // ours is older than what the requester was built against
        }
        // The module's own requests are always ours to answer. Other modules' requests only for the
        // shims, standing in for the binding redirects Windows PowerShell lacks; their Polly or
        // Microsoft.Extensions is their business, and handing them ours could break them.
        return requestedByModule || IsOwnAssembly(requested.Name) || IsShim(requested.Name);
    }

    public static bool IsShim(string? simpleName) =>
        simpleName != null
        && (simpleName.StartsWith("System.", StringComparison.OrdinalIgnoreCase)
            || simpleName.StartsWith("Microsoft.Bcl.", StringComparison.OrdinalIgnoreCase));

    private static bool IsOwnAssembly(string? simpleName) =>
        simpleName != null && simpleName.StartsWith("CeligoPS.", StringComparison.OrdinalIgnoreCase);

    private static bool SameName(AssemblyName a, AssemblyName b) =>
        string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase);

    private static bool SamePublisher(AssemblyName requested, AssemblyName shipped)
    {
        var wanted = requested.GetPublicKeyToken();
        if (wanted == null || wanted.Length == 0)
        {
            return true; // the requester does not care who signed it
        }
        var have = shipped.GetPublicKeyToken();
        return have != null && wanted.SequenceEqual(have);
    }
}
