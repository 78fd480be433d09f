using System.Globalization;

namespace CeligoPS.Bench;

/// <summary>Which way a target points.</summary>
internal enum Goal
{
    AtMost,
    AtLeast,
    Exactly,
}

/// <summary>A product goal for one measure, e.g. "ratio at most 1.5".</summary>
internal sealed record Target(Goal Goal, double Value, string Text)
{
    public static Target AtMost(double value, string text) => new(Goal.AtMost, value, text);
    public static Target AtLeast(double value, string text) => new(Goal.AtLeast, value, text);
    public static Target Exactly(double value, string text) => new(Goal.Exactly, value, text);

    public bool IsMet(double measured) => Goal switch
    {
        Goal.AtMost => measured <= Value,
        Goal.AtLeast => measured >= Value,
        _ => Math.Abs(measured - Value) < 1e-9,
    };
}

/// <summary>One row of the results table; every cell already formatted.</summary>
internal sealed record ResultRow(string Scenario, string Measure, string Median, string Baseline, string Ratio, string Target, string Met);

/// <summary>One extra number a scenario measured (requests made, 429s seen, memory...).</summary>
internal sealed record Note(string Scenario, string What, string Value);

/// <summary>What all scenarios measured, in the order they reported it.</summary>
internal sealed class Report
{
    public List<ResultRow> Rows { get; } = new();
    public List<Note> Notes { get; } = new();

    /// <summary>A measure against a baseline; the ratio is what the target judges.</summary>
    public void Compare(string scenario, string measure, string median, string baseline, double ratio, Target? target) =>
        Rows.Add(new ResultRow(scenario, measure, median, baseline, Fmt.Ratio(ratio), target?.Text ?? "—",
            target == null ? "—" : target.IsMet(ratio) ? "yes" : "**no**"));

    /// <summary>A measure with no baseline; the value itself is judged (a count of requests, of 429s).</summary>
    public void Value(string scenario, string measure, string median, double value, Target? target) =>
        Rows.Add(new ResultRow(scenario, measure, median, "—", "—", target?.Text ?? "—",
            target == null ? "—" : target.IsMet(value) ? "yes" : "**no**"));

    public void Skipped(string scenario, string measure, string why) =>
        Rows.Add(new ResultRow(scenario, measure, "skipped", "—", "—", "—", why));

    /// <summary>A scenario that threw: its row says so (first line of the message, pipes kept out of the table).</summary>
    public void Failed(string scenario, Exception e) =>
        Rows.Add(new ResultRow(scenario, "scenario failed", "failed", "—", "—", "—",
            "**failed**: " + e.GetType().Name + ": " + e.Message.Split('\n')[0].Replace('|', '/')));

    public void Note(string scenario, string what, string value) => Notes.Add(new Note(scenario, what, value));
}

/// <summary>Number formats for the tables (invariant culture, so output is the same everywhere).</summary>
internal static class Fmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Ms(double ms) => ms >= 100 ? ms.ToString("#,0", Inv) + " ms" : ms.ToString("0.0", Inv) + " ms";
    public static string Ms(TimeSpan t) => Ms(t.TotalMilliseconds);
    public static string Us(double us) => us.ToString(us >= 100 ? "#,0" : "0.0", Inv) + " µs";
    public static string PerSecond(double n, string unit = "obj/s") => n.ToString("#,0", Inv) + " " + unit;
    public static string Mb(double bytes) => (bytes / (1024.0 * 1024.0)).ToString("#,0.0", Inv) + " MB";
    public static string Count(double n) => n.ToString("#,0", Inv);
    public static string Ratio(double r) => r.ToString("0.00", Inv) + "x";
}
