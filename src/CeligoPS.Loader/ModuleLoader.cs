using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CeligoPS.Loader;

/// <summary>
/// Called by CeligoPS.psm1: loads the cmdlet assembly so that its dependencies never meet other
/// modules' versions of the same libraries, and returns it for <c>Import-Module -Assembly</c>.
/// </summary>
public static class ModuleLoader
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, Assembly> CmdletAssemblies = new(StringComparer.OrdinalIgnoreCase);
    private static DesktopResolver? _resolver;

    /// <summary>True while the Windows PowerShell resolve handler is hooked (never on PowerShell 7).</summary>
    public static bool IsResolveHandlerHooked
    {
        get
        {
            lock (Gate)
            {
                return _resolver?.IsHooked == true;
            }
        }
    }

    public static Assembly Load(string moduleBase)
    {
        var folder = new ModuleFolder(moduleBase);
        lock (Gate)
        {
            if (IsNetFramework)
            {
                _resolver ??= new DesktopResolver(folder);
                _resolver.Hook();
            }
            // Importing again after Remove-Module reuses the assembly: a second copy would give the
            // same cmdlets other types, and objects from before would no longer format or bind.
            if (!CmdletAssemblies.TryGetValue(folder.Root, out var assembly))
            {
                assembly = IsNetFramework ? Assembly.LoadFrom(folder.CmdletAssemblyPath) : LoadInOwnContext(folder);
                CmdletAssemblies[folder.Root] = assembly;
            }
            return assembly;
        }
    }

    /// <summary>Called when the module is removed: unhooks whatever <see cref="Load"/> hooked.</summary>
    public static void Release()
    {
        lock (Gate)
        {
            _resolver?.Unhook();
            _resolver = null;
        }
    }

    private static bool IsNetFramework =>
        RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.OrdinalIgnoreCase);

    // Kept apart, and never inlined, so that Windows PowerShell never compiles a method that names
    // AssemblyLoadContext.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Assembly LoadInOwnContext(ModuleFolder folder) => new ModuleLoadContext(folder).LoadCmdletAssembly();
}
