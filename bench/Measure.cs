namespace CeligoPS.Bench;

/// <summary>How often a scenario runs: untimed warm-ups (JIT, caches, connection pools), then timed runs.</summary>
internal sealed record RunPlan(int Warmups, int Runs)
{
    public override string ToString() => $"{Warmups} warm-up + {Runs} run{(Runs == 1 ? "" : "s")}";
}

/// <summary>Runs a measurement several times and keeps the timed results.</summary>
internal static class Measure
{
    /// <param name="warmup">What a warm-up runs, when it is not <paramref name="once"/> itself (a cheaper run that
    /// loads and compiles the same code, for scenarios whose runs take tens of seconds).</param>
    public static List<T> Repeat<T>(RunPlan plan, Func<T> once, Action? warmup = null)
    {
        for (var i = 0; i < plan.Warmups; i++)
        {
            if (warmup != null)
            {
                warmup();
            }
            else
            {
                once();
            }
        }
        var results = new List<T>(plan.Runs);
        for (var i = 0; i < plan.Runs; i++)
        {
            results.Add(once());
        }
        return results;
    }

    public static async Task<List<T>> RepeatAsync<T>(RunPlan plan, Func<Task<T>> once)
    {
        for (var i = 0; i < plan.Warmups; i++)
        {
            await once();
        }
        var results = new List<T>(plan.Runs);
        for (var i = 0; i < plan.Runs; i++)
        {
            results.Add(await once());
        }
        return results;
    }
}

/// <summary>The median: what the tables report, because one slow run (a GC, a noisy neighbour) should not move it.</summary>
internal static class Stats
{
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("No values to take the median of.", nameof(values));
        }
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double Median<T>(IEnumerable<T> items, Func<T, double> value) => Median(items.Select(value));
}
