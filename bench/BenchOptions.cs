namespace CeligoPS.Bench;

/// <summary>The command line: which scenarios, how many runs.</summary>
internal sealed class BenchOptions
{
    public bool Quick { get; private set; }
    public HashSet<string> Only { get; } = new(StringComparer.OrdinalIgnoreCase);
    public int? Runs { get; private set; }
    public int? Warmups { get; private set; }
    public bool List { get; private set; }
    public bool Help { get; private set; }

    public const string Usage = """
        Usage: dotnet run -c Release --project bench [-- options]

          --quick           one timed run per scenario (a quick look; medians of one are noisy)
          --only NAME[,..]  run only these scenarios (repeatable); see --list
          --runs N          timed runs per scenario (default: 5 for light scenarios, 3 for heavy ones)
          --warmups N       untimed warm-up runs before them (default 1)
          --list            list the scenarios and exit
          --help            this text
        """;

    public static BenchOptions Parse(string[] args)
    {
        var o = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--quick": o.Quick = true; break;
                case "--only":
                    foreach (var name in Next().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        o.Only.Add(name);
                    }
                    break;
                case "--runs": o.Runs = Positive(Next(), "--runs", 1); break;
                case "--warmups": o.Warmups = Positive(Next(), "--warmups", 0); break;
                case "--list": o.List = true; break;
                case "-h" or "--help" or "-?": o.Help = true; break;
                default: throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return o;
    }

    /// <summary>
    /// Default 1 warm-up + 5 runs (3 for heavy scenarios); --quick 1 + 1; --runs/--warmups override. The
    /// warm-up stays in --quick: without it the first timed run pays for JIT compilation, and unevenly
    /// (the baseline of an interleaved pair runs first).
    /// </summary>
    public RunPlan PlanFor(bool heavy)
    {
        var warmups = Warmups ?? 1;
        var runs = Runs ?? (Quick ? 1 : heavy ? 3 : 5);
        return new RunPlan(warmups, runs);
    }

    private static int Positive(string text, string name, int min) =>
        int.TryParse(text, out var n) && n >= min ? n : throw new ArgumentException($"{name} needs a whole number of at least {min}.");
}
