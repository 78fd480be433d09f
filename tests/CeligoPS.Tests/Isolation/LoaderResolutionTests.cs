using System.Reflection;
using CeligoPS.Loader;
using Xunit;

namespace CeligoPS.Tests.Isolation;

/// <summary>
/// The loader's decisions: which copy of an assembly the PowerShell 7 load context takes, and which
/// requests the Windows PowerShell 5.1 resolve handler answers. The loader's sources are compiled
/// into this test assembly (see the project file), so they run here without a second PowerShell.
/// </summary>
public sealed class LoaderResolutionTests
{
    private const string MicrosoftToken = "b03f5f7f11d50a3a";
    private const string PollyToken = "c8a3ffc3f8f825cc";

    private static AssemblyName Name(string name, string version, string? token = null)
    {
        var result = new AssemblyName($"{name}, Version={version}, Culture=neutral");
        if (token != null)
        {
            result.SetPublicKeyToken(Convert.FromHexString(token));
        }
        return result;
    }

    [Theory]
    // A netstandard library asks for an older shim than the one shipped: answered for anyone,
    // standing in for the binding redirect Windows PowerShell lacks.
    [InlineData("System.Runtime.CompilerServices.Unsafe", "4.0.4.1", MicrosoftToken, "6.0.0.0", MicrosoftToken, false, true)]
    [InlineData("Microsoft.Bcl.AsyncInterfaces", "1.0.0.0", "cc7b13ffcd2ddd51", "8.0.0.0", "cc7b13ffcd2ddd51", false, true)]
    // The module's own request for a library it ships.
    [InlineData("Polly.Core", "8.0.0.0", PollyToken, "8.0.0.0", PollyToken, true, true)]
    // Another module's Polly or Microsoft.Extensions are left to that module.
    [InlineData("Polly.Core", "8.0.0.0", PollyToken, "8.0.0.0", PollyToken, false, false)]
    [InlineData("Microsoft.Extensions.Http", "6.0.0.0", "adb9793829ddae60", "8.0.0.0", "adb9793829ddae60", false, false)]
    // Newer than what is shipped: ours would not do, even for the module.
    [InlineData("System.Text.Json", "9.0.0.0", "cc7b13ffcd2ddd51", "8.0.0.0", "cc7b13ffcd2ddd51", true, false)]
    // Same name, another publisher: not the assembly that was asked for.
    [InlineData("System.Memory", "4.0.1.1", "0123456789abcdef", "4.0.1.2", "cc7b13ffcd2ddd51", true, false)]
    // The module's own assemblies, even when the runtime does not say who asked.
    [InlineData("CeligoPS.Client", "1.0.0.0", null, "1.0.0.0", null, false, true)]
    public void WindowsPowerShell_AnswersOnlyWhatIsItsToAnswer(string name, string wanted, string? wantedToken, string shipped, string? shippedToken, bool byModule, bool serves)
    {
        Assert.Equal(serves, DesktopResolution.ShouldServe(Name(name, wanted, wantedToken), Name(name, shipped, shippedToken), byModule));
    }

    [Fact]
    public void WindowsPowerShell_DoesNotAnswerForAnAssemblyItDoesNotShip() =>
        Assert.False(DesktopResolution.ShouldServe(Name("Newtonsoft.Json", "13.0.0.0"), shipped: null, requestedByModule: true));

    [Theory]
    [InlineData("Polly.Core", "lib/Polly.Core.dll")]              // private, whatever the host loaded
    [InlineData("Microsoft.Extensions.Http", "lib/Microsoft.Extensions.Http.dll")]
    [InlineData("System.Text.Json", null)]                         // the framework's: shared
    [InlineData("System.Management.Automation", null)]             // PowerShell's: shared
    [InlineData("Microsoft.PowerShell.Commands.Utility", null)]
    [InlineData("Newtonsoft.Json", null)]                          // not shipped: the host's
    public void PowerShell7_LoadsPrivatelyOnlyWhatIsNeitherFrameworkNorPowerShell(string name, string? expected)
    {
        string[] framework = ["System.Text.Json", "System.Runtime", "System.Memory"];
        string[] shipped = ["Polly.Core", "Microsoft.Extensions.Http", "System.Text.Json", "System.Management.Automation", "Microsoft.PowerShell.Commands.Utility"];

        var path = CoreResolution.PrivatePath(name, framework.Contains, n => shipped.Contains(n) ? $"lib/{n}.dll" : null);

        Assert.Equal(expected, path);
    }

    [Fact]
    public void WindowsPowerShellHandler_ServesFromLib_WhileHooked_AndNothingOnceUnhooked()
    {
        var module = Directory.CreateTempSubdirectory("celigops-loader-");
        try
        {
            var lib = Directory.CreateDirectory(Path.Combine(module.FullName, ModuleFolder.LibFolderName));
            // Assemblies this test process has never loaded, named like the module's own.
            foreach (var host in new[] { "Older", "Newer" })
            {
                File.Copy(ConflictHost.DllPath(host), Path.Combine(lib.FullName, $"CeligoPS.ConflictHost.{host}.dll"));
            }
            var resolver = new DesktopResolver(new ModuleFolder(module.FullName));

            Assert.Null(resolver.Resolve(new AssemblyName("Polly.Core"), requester: null)); // not in this lib
            resolver.Hook();
            Assert.True(resolver.IsHooked);
            Assert.Equal("CeligoPS.ConflictHost.Older", Assembly.Load("CeligoPS.ConflictHost.Older").GetName().Name);
            resolver.Unhook();

            Assert.False(resolver.IsHooked);
            Assert.Throws<FileNotFoundException>(() => Assembly.Load("CeligoPS.ConflictHost.Newer"));
        }
        finally
        {
            module.Delete(recursive: true);
        }
    }
}
