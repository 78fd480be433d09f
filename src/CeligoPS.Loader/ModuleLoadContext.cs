using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace CeligoPS.Loader;

/// <summary>
/// The PowerShell 7 side: a load context of the module's own. The cmdlet assembly is loaded into it,
/// so every reference it makes comes here first, and only the framework and PowerShell are shared
/// with the host. Nothing global is hooked, so nothing needs unhooking when the module is removed.
/// </summary>
internal sealed class ModuleLoadContext : AssemblyLoadContext
{
    private readonly ModuleFolder _folder;
    private readonly string _frameworkDirectory;

    public ModuleLoadContext(ModuleFolder folder)
    {
        _folder = folder;
        // The shared framework's folder: System.Private.CoreLib lives there with the rest of it.
        _frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
    }

    public Assembly LoadCmdletAssembly() => LoadFromAssemblyPath(_folder.CmdletAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = CoreResolution.PrivatePath(assemblyName.Name, IsFrameworkAssembly, _folder.PrivateCopy);
        return path == null ? null : LoadFromAssemblyPath(path);
    }

    private bool IsFrameworkAssembly(string simpleName) =>
        _frameworkDirectory.Length > 0 && File.Exists(Path.Combine(_frameworkDirectory, simpleName + ".dll"));

    public override string ToString() => "CeligoPS module load context (" + _folder.Root + ")";
}
