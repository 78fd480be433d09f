namespace CeligoPS.Tests.Infrastructure;

/// <summary>Where the repository and the built module folder are, found from the test binaries.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string ModuleFolder => Path.Combine(Root, "out", "CeligoPS");

    public static string ModuleManifest => Path.Combine(ModuleFolder, "CeligoPS.psd1");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeligoPS.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Could not find the repository root (CeligoPS.sln) above " + AppContext.BaseDirectory);
    }
}
