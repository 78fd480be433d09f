namespace CeligoPS.Bench.Hosting;

/// <summary>Where the built module and the baseline module are, found from the harness binaries.</summary>
internal static class RepoPaths
{
    public static string? Root { get; } = FindRoot();

    /// <summary>out/CeligoPS/CeligoPS.psd1, the folder <c>dotnet build -c Release</c> leaves.</summary>
    public static string ModuleManifest => Path.Combine(Root ?? ".", "out", "CeligoPS", "CeligoPS.psd1");

    /// <summary>The baseline module the harness build copies next to itself.</summary>
    public static string TrivialManifest => Path.Combine(AppContext.BaseDirectory, "TrivialModule", "TrivialModule.psd1");

    /// <summary>The hand-written Invoke-RestMethod listing (scenario 6), copied next to the harness.</summary>
    public static string RestMethodScript => Path.Combine(AppContext.BaseDirectory, "Scenarios", "RestMethodListing.ps1");

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeligoPS.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
