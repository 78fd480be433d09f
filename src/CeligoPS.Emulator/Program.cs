using System.Runtime.InteropServices;
using CeligoPS.Emulator;

// Command line: --port N (0 = any free port) --token T [--seed N] [--no-rate-limit]
// Serves on 127.0.0.1 only and runs until Ctrl+C (or SIGTERM).
var options = new EmulatorOptions { Port = 5099 };
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
    switch (args[i])
    {
        case "--port": options.Port = int.Parse(Next()); break;
        case "--token": options.Token = Next(); break;
        case "--seed": options.Seed = int.Parse(Next()); break;
        case "--no-rate-limit": options.EnforceRateLimit = false; break;
        case "-h" or "--help" or "-?":
            Console.WriteLine("Usage: CeligoPS.Emulator [--port 5099] [--token demo-token] [--seed 1] [--no-rate-limit]");
            return 0;
        default:
            Console.Error.WriteLine($"Unknown argument '{args[i]}'. Use --help.");
            return 2;
    }
}

var stop = new TaskCompletionSource();
void Stop(PosixSignalContext context)
{
    context.Cancel = true; // shut down through DisposeAsync below instead of being killed
    stop.TrySetResult();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

await using var server = await EmulatorServer.StartAsync(options);
Console.WriteLine($"CeligoPS emulator listening on {server.BaseUri.ToString().TrimEnd('/')} (token: {server.Token})");
await stop.Task;
return 0;
