using System.Collections;
using System.Diagnostics;
using System.Reflection;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// The middle of the streaming breakdown: the module's own API client (CeligoClient.ListJobsAsync)
/// listing the same jobs from plain C#, with no PowerShell in between. It is reached by reflection
/// in the assembly Import-Module loaded, so the harness measures exactly the module's copy and
/// never loads a second one (the client's IAsyncEnumerable comes from the module folder's
/// Microsoft.Bcl.AsyncInterfaces, which is not the framework's type). Reflection runs once per page.
/// </summary>
internal sealed class ClientLibraryLister : IDisposable
{
    private readonly object _client;
    private readonly Type _queryType;
    private readonly MethodInfo _listJobs;

    private ClientLibraryLister(Assembly assembly, Uri baseUri, string token)
    {
        var tokenType = Type("CeligoPS.Client.SecretToken");
        var clientType = Type("CeligoPS.Client.CeligoClient");
        _queryType = Type("CeligoPS.Client.Api.JobQuery");
        _listJobs = clientType.GetMethod("ListJobsAsync") ?? throw new MissingMethodException("CeligoClient.ListJobsAsync");
        _client = Activator.CreateInstance(clientType, baseUri, Activator.CreateInstance(tokenType, token), null)!;

        Type Type(string name) => assembly.GetType(name, throwOnError: true)!;
    }

    /// <summary>The client of the module imported in this process (import it first).</summary>
    public static ClientLibraryLister FromImportedModule(Uri baseUri, string token)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "CeligoPS.Client")
                       ?? throw new InvalidOperationException("CeligoPS.Client is not loaded: import the module first.");
        return new ClientLibraryLister(assembly, baseUri, token);
    }

    public async Task<(long Jobs, TimeSpan Elapsed)> ListAsync(string flowId)
    {
        var watch = Stopwatch.StartNew();
        var query = Activator.CreateInstance(_queryType)!;
        _queryType.GetProperty("FlowId")!.SetValue(query, flowId);
        var pages = _listJobs.Invoke(_client, new[] { query, CancellationToken.None })!;
        var enumerable = Interface(pages.GetType(), "IAsyncEnumerable`1");
        var enumerator = enumerable.GetMethod("GetAsyncEnumerator")!.Invoke(pages, new object[] { CancellationToken.None })!;
        var enumeratorType = Interface(enumerator.GetType(), "IAsyncEnumerator`1");
        var moveNext = enumeratorType.GetMethod("MoveNextAsync")!;
        var current = enumeratorType.GetProperty("Current")!;
        var disposeAsync = Interface(enumerator.GetType(), "IAsyncDisposable").GetMethod("DisposeAsync")!;
        long jobs = 0;
        try
        {
            while (await (ValueTask<bool>)moveNext.Invoke(enumerator, null)!)
            {
                jobs += ((ICollection)current.GetValue(enumerator)!).Count;
            }
        }
        finally
        {
            await (ValueTask)disposeAsync.Invoke(enumerator, null)!;
        }
        return (jobs, watch.Elapsed);
    }

    private static Type Interface(Type type, string name) =>
        type.GetInterfaces().FirstOrDefault(i => i.Name == name) ?? throw new InvalidOperationException($"{type} does not implement {name}.");

    public void Dispose() => (_client as IDisposable)?.Dispose();
}
