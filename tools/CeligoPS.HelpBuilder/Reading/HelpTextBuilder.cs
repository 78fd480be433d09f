using System.Text.RegularExpressions;
using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>Turns the markdown blocks of a section body into <see cref="HelpText"/> paragraphs.</summary>
internal static partial class HelpTextBuilder
{
    // New-MarkdownHelp leaves "{{ Fill in the Description }}" style placeholders for a person to replace.
    [GeneratedRegex(@"\{\{.*?\}\}")]
    private static partial Regex Placeholder();

    /// <summary>
    /// Builds the text of the blocks; a heading among them is an error naming the section, because
    /// PlatyPS sections only nest where the schema says so.
    /// </summary>
    public static HelpText Build(PageContext context, IReadOnlyList<MarkdownBlock> blocks, string section)
    {
        var paragraphs = new List<HelpParagraph>();
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    CheckPlaceholder(context, block.Line, paragraph.Lines);
                    paragraphs.AddRange(SplitAtHardBreaks(paragraph.Lines)
                        .Select(lines => new HelpParagraph(HelpParagraphKind.Text, InlineMarkdown.ToPlainText(string.Join(" ", lines))))
                        .Where(p => p.Text.Length > 0));
                    break;
                case ListItemBlock item:
                    CheckPlaceholder(context, block.Line, item.Lines);
                    var marker = char.IsDigit(item.Marker[0]) ? item.Marker : "-";
                    paragraphs.Add(new HelpParagraph(HelpParagraphKind.ListItem, InlineMarkdown.ToPlainText(string.Join(" ", item.Lines)), marker, item.Depth));
                    break;
                case CodeBlock code:
                    paragraphs.Add(new HelpParagraph(HelpParagraphKind.Verbatim, code.Text));
                    break;
                case VerbatimBlock verbatim:
                    paragraphs.Add(new HelpParagraph(HelpParagraphKind.Verbatim, string.Join("\n", verbatim.Lines)));
                    break;
                case HeadingBlock heading:
                    throw context.Error(heading, $"unexpected heading '{new string('#', heading.Level)} {heading.Text}' inside {section}");
            }
        }
        return paragraphs.Count == 0 ? HelpText.Empty : new HelpText(paragraphs);
    }

    /// <summary>Plain text of one markdown line (a heading's text, a type name).</summary>
    public static string Inline(string markdown) => InlineMarkdown.ToPlainText(markdown);

    public static void CheckPlaceholder(PageContext context, int line, IEnumerable<string> lines)
    {
        foreach (var text in lines)
        {
            if (Placeholder().Match(text) is { Success: true } match)
            {
                context.Warn(line, $"PlatyPS placeholder left in the page: {match.Value}");
                return;
            }
        }
    }

    // A line ending in two spaces or a backslash is a hard line break: Get-Help gets a new para there.
    private static IEnumerable<IReadOnlyList<string>> SplitAtHardBreaks(IReadOnlyList<string> lines)
    {
        var current = new List<string>();
        foreach (var line in lines)
        {
            var hard = line.EndsWith("  ", StringComparison.Ordinal) || (line.EndsWith('\\') && !line.EndsWith(@"\\", StringComparison.Ordinal));
            current.Add(hard ? line.TrimEnd().TrimEnd('\\') : line);
            if (hard)
            {
                yield return current;
                current = [];
            }
        }
        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
