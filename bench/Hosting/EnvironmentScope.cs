namespace CeligoPS.Bench.Hosting;

/// <summary>Sets process environment variables for a while and puts the old values back.</summary>
internal sealed class EnvironmentScope : IDisposable
{
    private readonly List<(string Name, string? Old)> _saved = new();

    public EnvironmentScope(params (string Name, string Value)[] variables)
    {
        foreach (var (name, value) in variables)
        {
            _saved.Add((name, Environment.GetEnvironmentVariable(name)));
            Environment.SetEnvironmentVariable(name, value);
        }
    }

    public void Dispose()
    {
        foreach (var (name, old) in _saved)
        {
            Environment.SetEnvironmentVariable(name, old);
        }
    }
}
