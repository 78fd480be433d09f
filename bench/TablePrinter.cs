namespace CeligoPS.Bench;

/// <summary>Prints rows as a GitHub markdown table with aligned columns, so it reads well in a terminal too.</summary>
internal static class TablePrinter
{
    public static void Print(TextWriter output, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        // A '|' inside a cell would end it early in markdown.
        var all = rows.Select(r => (IReadOnlyList<string>)r.Select(c => c.Replace("|", "\\|")).ToList()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        string Line(IReadOnlyList<string> cells) => "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
        output.WriteLine(Line(headers));
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in all)
        {
            output.WriteLine(Line(row));
        }
    }

    public static void PrintResults(TextWriter output, Report report)
    {
        Print(output, new[] { "Scenario", "Measure", "Median", "Baseline median", "Ratio", "Target", "Met?" },
            report.Rows.Select(r => (IReadOnlyList<string>)new[] { r.Scenario, r.Measure, r.Median, r.Baseline, r.Ratio, r.Target, r.Met }));
        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            Print(output, new[] { "Scenario", "Also measured", "Value" },
                report.Notes.Select(n => (IReadOnlyList<string>)new[] { n.Scenario, n.What, n.Value }));
        }
    }
}
