using System.Diagnostics;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// Runs this harness again as a child process in one of its probe modes (a cold import, a memory
/// run) and returns what it printed. A child has nothing loaded yet and holds no emulator data, so
/// what it measures is what a user's own PowerShell process would see.
/// </summary>
internal static class SelfProcess
{
    public static string Run(params string[] args)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell how this process was started.");
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(SelfProcess).Assembly.Location);
        }
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The probe '{string.Join(' ', args)}' failed (exit {process.ExitCode}):\n{stdout}{stderr.Result}");
        }
        return stdout.Trim();
    }
}
