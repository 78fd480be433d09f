namespace CeligoPS.HelpBuilder.Markdown;

/// <summary>
/// The YAML header between "---" lines at the top of a PlatyPS page. PlatyPS only ever writes flat
/// "key: value" pairs there, so that is all this reads.
/// </summary>
internal sealed class FrontMatter
{
    private FrontMatter(IReadOnlyDictionary<string, string> values, int bodyStart, bool present)
    {
        Values = values;
        BodyStart = bodyStart;
        IsPresent = present;
    }

    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>Index (0-based) of the first line after the header.</summary>
    public int BodyStart { get; }

    public bool IsPresent { get; }

    public string? this[string key] => Values.TryGetValue(key, out var value) ? value : null;

    public static FrontMatter Read(string path, IReadOnlyList<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var first = 0;
        while (first < lines.Count && lines[first].Trim().Length == 0)
        {
            first++;
        }
        if (first >= lines.Count || lines[first].TrimEnd() != "---")
        {
            return new FrontMatter(values, 0, present: false);
        }
        for (var i = first + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimEnd() == "---")
            {
                return new FrontMatter(values, i + 1, present: true);
            }
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new HelpFormatException(path, i + 1, $"front matter line is not 'key: value': '{line.Trim()}'");
            }
            values[line[..colon].Trim()] = Unquote(line[(colon + 1)..].Trim());
        }
        throw new HelpFormatException(path, first + 1, "front matter opened with '---' is never closed");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0] ? value[1..^1] : value;
}
