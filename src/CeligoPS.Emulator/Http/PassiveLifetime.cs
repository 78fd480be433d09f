namespace CeligoPS.Emulator.Http;

/// <summary>
/// Replaces the host's console lifetime: an emulator started inside a test process must not take
/// over Ctrl+C/SIGTERM for that process. The command line (Program.cs) handles signals itself.
/// </summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
