using System;
using System.IO;

namespace CeligoPS.Loader;

/// <summary>
/// The module folder's layout: the cmdlet assembly at the root next to the manifest, and every
/// assembly it depends on in <c>lib/</c>, where PowerShell's own probing does not look. Keeping the
/// dependencies out of the root is what stops the host from loading them in its shared context.
/// </summary>
internal sealed class ModuleFolder
{
    public const string CmdletAssemblyFile = "CeligoPS.dll";
    public const string LibFolderName = "lib";

    public ModuleFolder(string moduleBase)
    {
        Root = Path.GetFullPath(moduleBase).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        Lib = Path.Combine(Root, LibFolderName);
    }

    public string Root { get; }

    public string Lib { get; }

    public string CmdletAssemblyPath => Path.Combine(Root, CmdletAssemblyFile);

    /// <summary>The path of the module's own copy of an assembly, or null when the module ships none.</summary>
    public string? PrivateCopy(string? simpleName)
    {
        if (string.IsNullOrEmpty(simpleName) || simpleName!.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            return null;
        }
        var path = Path.Combine(Lib, simpleName + ".dll");
        return File.Exists(path) ? path : null;
    }

    /// <summary>True when the file lies in this module folder (the requester is one of ours).</summary>
    public bool Holds(string? path) =>
        !string.IsNullOrEmpty(path) && path!.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase);
}
