using System.Net.Sockets;
using System.Runtime.InteropServices;
using CeligoPS.Emulator;

// Command line: --port N (0 = any free port) --token T [--seed N] [--no-rate-limit] [--empty]
// Serves on 127.0.0.1 only and runs until Ctrl+C (or SIGTERM). A line "reset" on standard input
// seeds the account again in place (same port, same ids), so a test runner gets a clean
// account per test without starting a process each time.
const string Usage = "Usage: CeligoPS.Emulator [--port 5099] [--token demo-token] [--seed 1] [--no-rate-limit] [--empty]\nWhile it runs, a line \"reset\" on standard input gives it a freshly seeded account.";

EmulatorOptions? options;
try
{
    options = EmulatorArguments.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}
if (options is null)
{
    Console.WriteLine(Usage);
    return 0;
}

var stop = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true; // shut down through DisposeAsync below instead of being killed
    stop.TrySetResult();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

EmulatorServer server;
try
{
    server = await EmulatorServer.StartAsync(options);
}
catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
{
    Console.Error.WriteLine($"Port {options.Port} on 127.0.0.1 is already in use. Stop what listens there, or pass another --port (0 picks a free one).");
    return 1;
}
Console.WriteLine($"CeligoPS emulator listening on {server.BaseUri.ToString().TrimEnd('/')} (token: {server.Token})");

var exitCode = 0;
_ = Task.Run(async () =>
{
    try
    {
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line.Trim() == "reset")
            {
                server.Reset();
                Console.WriteLine($"reset: a new account on {server.BaseUri.ToString().TrimEnd('/')}");
            }
        }
        // End of input (started with no console, or the runner closed it): keep serving.
    }
    catch (Exception e)
    {
        Console.Error.WriteLine($"The reset failed: {e.Message}");
        exitCode = 1;
        stop.TrySetResult();
    }
});

await stop.Task;
await server.DisposeAsync();
return exitCode;
