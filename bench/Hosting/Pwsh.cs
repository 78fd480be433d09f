using System.Diagnostics;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// How to start a real pwsh: the one on PATH, or else the PowerShell .NET tool that the repository's
/// tool manifest pins (run as <c>dotnet tool run pwsh</c> from the repository, once restored).
/// </summary>
internal sealed class Pwsh
{
    private readonly string _fileName;
    private readonly string[] _prefix;

    private Pwsh(string fileName, string description, params string[] prefix)
    {
        _fileName = fileName;
        _prefix = prefix;
        Description = description;
    }

    public string Description { get; }

    public override string ToString() => Description;

    public static Pwsh? Find()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh")).FirstOrDefault(File.Exists);
        if (onPath != null)
        {
            return new Pwsh(onPath, onPath);
        }
        if (RepoPaths.Root == null)
        {
            return null;
        }
        var tool = new Pwsh("dotnet", "dotnet tool run pwsh", "tool", "run", "pwsh", "--");
        return tool.Answers() ? tool : null;
    }

    /// <summary>A start for this pwsh with its output redirected; add the arguments to its ArgumentList.</summary>
    public ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(_fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.Root ?? Environment.CurrentDirectory,
        };
        foreach (var arg in _prefix)
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }

    private bool Answers()
    {
        var start = StartInfo();
        foreach (var arg in new[] { "-NoProfile", "-NonInteractive", "-Command", "$PSVersionTable.PSVersion.Major" })
        {
            start.ArgumentList.Add(arg);
        }
        try
        {
            using var process = Process.Start(start)!;
            process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 && int.TryParse(output.Trim(), out var major) && major >= 7;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
