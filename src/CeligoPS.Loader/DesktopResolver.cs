using System;
using System.Collections.Concurrent;
using System.Reflection;

namespace CeligoPS.Loader;

/// <summary>
/// The Windows PowerShell 5.1 side: an AppDomain assembly-resolve handler that serves the module's
/// dependencies from <c>lib/</c>, as <see cref="DesktopResolution"/> decides. Hooked on import and
/// unhooked when the module is removed.
/// </summary>
internal sealed class DesktopResolver
{
    private readonly ModuleFolder _folder;
    private readonly ConcurrentDictionary<string, AssemblyName?> _shipped = new(StringComparer.OrdinalIgnoreCase);

    public DesktopResolver(ModuleFolder folder)
    {
        _folder = folder;
    }

    public bool IsHooked { get; private set; }

    public void Hook()
    {
        if (!IsHooked)
        {
            AppDomain.CurrentDomain.AssemblyResolve += OnAssemblyResolve;
            IsHooked = true;
        }
    }

    public void Unhook()
    {
        AppDomain.CurrentDomain.AssemblyResolve -= OnAssemblyResolve;
        IsHooked = false;
    }

    private Assembly? OnAssemblyResolve(object? sender, ResolveEventArgs args) =>
        Resolve(new AssemblyName(args.Name), args.RequestingAssembly);

    internal Assembly? Resolve(AssemblyName requested, Assembly? requester)
    {
        var path = _folder.PrivateCopy(requested.Name);
        if (path == null)
        {
            return null;
        }
        var shipped = _shipped.GetOrAdd(path, p => AssemblyName.GetAssemblyName(p));
        var byModule = requester != null && !requester.IsDynamic && _folder.Holds(requester.Location);
        return DesktopResolution.ShouldServe(requested, shipped, byModule) ? Assembly.LoadFrom(path) : null;
    }
}
