using CeligoPS.Tests.Infrastructure;

namespace CeligoPS.Tests.Isolation;

/// <summary>The built hosts of tests/CeligoPS.ConflictHost, in the configuration these tests were built in.</summary>
internal static class ConflictHost
{
    public static string DllPath(string host)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
        return Path.Combine(RepoPaths.Root, "tests", "CeligoPS.ConflictHost", host, "bin", configuration, "net10.0", $"CeligoPS.ConflictHost.{host}.dll");
    }
}
