using System.Globalization;

namespace CeligoPS.Emulator;

/// <summary>The emulator's command line, read into options with messages a person can act on.</summary>
public static class EmulatorArguments
{
    /// <summary>The options the arguments ask for, or null when they ask for the usage text.</summary>
    /// <exception cref="ArgumentException">An unknown argument, a missing value or a value that is not a valid port or seed.</exception>
    public static EmulatorOptions? Parse(IReadOnlyList<string> args)
    {
        var options = new EmulatorOptions { Port = 5099 };
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--port": options.Port = Number(name, Next(), 0, 65535); break;
                case "--token": options.Token = Next(); break;
                case "--seed": options.Seed = Number(name, Next(), 1, 1000); break;
                case "--no-rate-limit": options.EnforceRateLimit = false; break;
                case "--empty": options.Empty = true; break;
                case "-h" or "--help" or "-?": return null;
                default: throw new ArgumentException($"Unknown argument '{name}'.");
            }
        }
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new ArgumentException("--token needs a value that is not blank.");
        }
        return options;
    }

    private static int Number(string name, string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{name} takes a whole number from {min} to {max}, not '{text}'.");
}
