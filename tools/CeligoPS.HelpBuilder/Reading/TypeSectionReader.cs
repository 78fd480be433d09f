using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>INPUTS and OUTPUTS: "### TypeName" headings, each with optional description text.</summary>
internal static class TypeSectionReader
{
    public static IReadOnlyList<HelpTypeEntry> Read(PageContext context, IReadOnlyList<MarkdownBlock> body, string section)
    {
        var groups = HeadingGroup.Split(body, 3, out var leading);
        if (leading.Count > 0)
        {
            throw context.Error(leading[0], $"{section} entries are '### TypeName' headings (write '### None' when there is none)");
        }
        return groups
            .Select(g => new HelpTypeEntry(HelpTextBuilder.Inline(g.Heading.Text), HelpTextBuilder.Build(context, g.Body, $"{section} type {g.Heading.Text}")))
            .ToList();
    }
}
