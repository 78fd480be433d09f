using System.Text.RegularExpressions;
using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// RELATED LINKS: one "[text](uri)" per line (blank lines or list bullets between them are fine), or a
/// plain-text entry such as "about_CeligoPS".
/// </summary>
internal static partial class RelatedLinkReader
{
    [GeneratedRegex(@"^\[(?<text>[^\]]*)\]\((?<uri>[^)\s]*)(\s+""[^""]*"")?\)$")]
    private static partial Regex Link();

    public static IReadOnlyList<RelatedLink> Read(PageContext context, IReadOnlyList<MarkdownBlock> body)
    {
        var links = new List<RelatedLink>();
        foreach (var block in body)
        {
            var lines = block switch
            {
                ParagraphBlock paragraph => paragraph.Lines,
                ListItemBlock item => item.Lines,
                _ => throw context.Error(block, "RELATED LINKS holds only '[text](uri)' lines"),
            };
            for (var i = 0; i < lines.Count; i++)
            {
                links.Add(ParseLine(context, lines[i].Trim(), block.Line + i));
            }
        }
        return links;
    }

    private static RelatedLink ParseLine(PageContext context, string line, int lineNumber)
    {
        if (Link().Match(line) is { Success: true } link)
        {
            var text = HelpTextBuilder.Inline(link.Groups["text"].Value);
            var uri = link.Groups["uri"].Value.Trim('<', '>');
            return new RelatedLink(text.Length > 0 ? text : uri, uri);
        }
        if (line.Contains("](", StringComparison.Ordinal) || line.Contains('['))
        {
            throw context.Error(lineNumber, $"RELATED LINKS line is not a single '[text](uri)' link: '{line}'");
        }
        return new RelatedLink(HelpTextBuilder.Inline(line), "");
    }
}
