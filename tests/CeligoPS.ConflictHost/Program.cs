// A PowerShell host process that has already loaded other versions of CeligoPS's dependencies, as a
// module imported earlier would have, and then imports CeligoPS and uses it. Run by
// DependencyIsolationTests with: <module manifest> <emulator base URI>; the token comes from
// CELIGO_API_TOKEN. Prints "key=value" lines; exits 1 on the first error.
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Polly;

var manifest = args[0];
var baseUri = args[1];

// Use this host's versions first, so that they are the ones in the default load context.
using (var services = new ServiceCollection().AddHttpClient().BuildServiceProvider())
{
    services.GetRequiredService<IHttpClientFactory>().CreateClient().Dispose();
}
new ResiliencePipelineBuilder().AddTimeout(TimeSpan.FromSeconds(5)).Build().Execute(() => 0);
JsonSerializer.Serialize(new { loaded = true });
Assembly.Load("Microsoft.Bcl.AsyncInterfaces");

using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
runspace.Open();

Run("import", $"Import-Module '{manifest}'; (Get-Command -Module CeligoPS).Count");
Run("connect", $"Connect-Celigo -BaseUri '{baseUri}'; 'ok'");
Run("flows", "@(Get-CeligoFlow).Count");
Run("jobs", "@(Get-CeligoJob -First 3).Count");
Run("errors", "@(Get-CeligoFlow | Get-CeligoError).Count");
foreach (var name in new[] { "Polly.Core", "Microsoft.Extensions.Http", "Microsoft.Extensions.DependencyInjection", "Microsoft.Bcl.AsyncInterfaces", "System.Text.Json" })
{
    var copies = AppDomain.CurrentDomain.GetAssemblies()
        .Where(a => a.GetName().Name == name)
        .Select(a => $"{a.GetName().Version}@{(AssemblyLoadContext.GetLoadContext(a) == AssemblyLoadContext.Default ? "default" : "module")}");
    Console.WriteLine($"loaded.{name}={string.Join(",", copies.OrderBy(c => c))}");
}
Run("removed", "Remove-Module CeligoPS; @(Get-Module CeligoPS).Count");
Run("hooked", "[CeligoPS.Loader.ModuleLoader]::IsResolveHandlerHooked");
Run("reimport", $"Import-Module '{manifest}'; Connect-Celigo -BaseUri '{baseUri}'; @(Get-CeligoFlow).Count");
return 0;

void Run(string key, string script)
{
    using var ps = PowerShell.Create(runspace);
    var output = ps.AddScript(script).Invoke();
    if (ps.HadErrors)
    {
        foreach (var error in ps.Streams.Error)
        {
            Console.WriteLine($"error.{key}={error}");
        }
        Environment.Exit(1);
    }
    Console.WriteLine($"{key}={string.Join(",", output)}");
}
