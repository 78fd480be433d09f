using System.Text.RegularExpressions;

namespace CeligoPS.HelpBuilder.Markdown;

/// <summary>
/// Splits markdown lines into blocks: headings, paragraphs, list items, fenced code, tables. This is the
/// subset PlatyPS pages and about topics use; anything else reads as a paragraph, which is harmless.
/// </summary>
internal static partial class MarkdownBlockReader
{
    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"^(\s*)(`{3,}|~{3,})\s*([^`\s]*)")]
    private static partial Regex FencePattern();

    [GeneratedRegex(@"^(\s*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$")]
    private static partial Regex ListItemPattern();

    public static IReadOnlyList<MarkdownBlock> Read(string path, IReadOnlyList<string> lines, int start)
    {
        var blocks = new List<MarkdownBlock>();
        var i = start;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsBlank(line))
            {
                i++;
            }
            else if (FencePattern().Match(line) is { Success: true } fence)
            {
                i = ReadFence(path, lines, i, fence, blocks);
            }
            else if (HeadingPattern().Match(line) is { Success: true } heading)
            {
                blocks.Add(new HeadingBlock(i + 1, heading.Groups[1].Length, heading.Groups[2].Value.Trim()));
                i++;
            }
            else if (line.TrimStart().StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipComment(lines, i);
            }
            else if (ListItemPattern().Match(line) is { Success: true } item)
            {
                i = ReadListItem(lines, i, item, blocks);
            }
            else if (line.TrimStart().StartsWith('|'))
            {
                var first = i;
                var rows = new List<string>();
                while (i < lines.Count && lines[i].TrimStart().StartsWith('|'))
                {
                    rows.Add(lines[i].Trim());
                    i++;
                }
                blocks.Add(new VerbatimBlock(first + 1, rows));
            }
            else
            {
                i = ReadParagraph(lines, i, blocks);
            }
        }
        return blocks;
    }

    private static int ReadFence(string path, IReadOnlyList<string> lines, int open, Match fence, List<MarkdownBlock> blocks)
    {
        var indent = fence.Groups[1].Length;
        var marker = fence.Groups[2].Value;
        var body = new List<string>();
        for (var i = open + 1; i < lines.Count; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]))
            {
                blocks.Add(new CodeBlock(open + 1, fence.Groups[3].Value.ToLowerInvariant(), body));
                return i + 1;
            }
            // A fence indented inside a list item indents its content too; that indentation is not code.
            body.Add(StripIndent(lines[i], indent));
        }
        throw new HelpFormatException(path, open + 1, $"code block opened with {marker} is never closed");
    }

    private static int ReadListItem(IReadOnlyList<string> lines, int first, Match item, List<MarkdownBlock> blocks)
    {
        var indent = item.Groups[1].Value.Replace("\t", "    ").Length;
        var marker = item.Groups[2].Value;
        var text = new List<string> { item.Groups[3].Value };
        var i = first + 1;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsBlank(line))
            {
                // A blank line ends the item unless the next line is indented under it (a second paragraph).
                var next = i + 1;
                if (next < lines.Count && !IsBlank(lines[next]) && LeadingSpaces(lines[next]) > indent && !StartsBlock(lines[next]))
                {
                    i = next;
                    continue;
                }
                break;
            }
            if (StartsBlock(line))
            {
                break;
            }
            text.Add(line.Trim());
            i++;
        }
        blocks.Add(new ListItemBlock(first + 1, Math.Min(indent / 2, 4), marker, text));
        return i;
    }

    private static int ReadParagraph(IReadOnlyList<string> lines, int first, List<MarkdownBlock> blocks)
    {
        var text = new List<string>();
        var i = first;
        while (i < lines.Count && !IsBlank(lines[i]) && (i == first || !StartsBlock(lines[i])))
        {
            // "> " quotes (PlatyPS notes such as "> [!NOTE]") read as plain paragraph text.
            var line = lines[i].TrimStart();
            text.Add(line.StartsWith('>') ? line.TrimStart('>').TrimStart() : line);
            i++;
        }
        blocks.Add(new ParagraphBlock(first + 1, text));
        return i;
    }

    private static int SkipComment(IReadOnlyList<string> lines, int first)
    {
        for (var i = first; i < lines.Count; i++)
        {
            if (lines[i].Contains("-->", StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return lines.Count;
    }

    private static bool StartsBlock(string line) =>
        FencePattern().IsMatch(line) || HeadingPattern().IsMatch(line) || ListItemPattern().IsMatch(line)
        || line.TrimStart().StartsWith('|');

    private static bool IsBlank(string line) => line.Trim().Length == 0;

    private static int LeadingSpaces(string line) => line.Length - line.TrimStart().Length;

    private static string StripIndent(string line, int indent)
    {
        var strip = 0;
        while (strip < indent && strip < line.Length && line[strip] == ' ')
        {
            strip++;
        }
        return line[strip..];
    }
}
