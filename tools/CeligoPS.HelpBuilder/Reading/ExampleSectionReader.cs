using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// EXAMPLES: "### Example N: title", optional introduction, one or more code blocks (the command, maybe
/// its output), then the explanation.
/// </summary>
internal static class ExampleSectionReader
{
    public static IReadOnlyList<HelpExample> Read(PageContext context, IReadOnlyList<MarkdownBlock> body)
    {
        var groups = HeadingGroup.Split(body, 3, out var leading);
        if (leading.Count > 0)
        {
            throw context.Error(leading[0], "EXAMPLES entries start with a '### Example 1: ...' heading");
        }
        return groups.Select(group => ReadExample(context, group)).ToList();
    }

    private static HelpExample ReadExample(PageContext context, HeadingGroup group)
    {
        var title = HelpTextBuilder.Inline(group.Heading.Text);
        var blocks = group.Body;
        var first = blocks.ToList().FindIndex(b => b is CodeBlock);
        if (first < 0)
        {
            throw context.Error(group.Heading, $"example '{title}' has no code block");
        }
        var last = first;
        while (last + 1 < blocks.Count && blocks[last + 1] is CodeBlock)
        {
            last++;
        }
        var code = blocks.Skip(first).Take(last - first + 1).Cast<CodeBlock>().ToList();
        HelpTextBuilder.CheckPlaceholder(context, group.Heading.Line, [group.Heading.Text, .. code.SelectMany(c => c.Lines)]);

        // PlatyPS drops an introduction written above the code; it is kept here, ahead of the explanation.
        var remarks = blocks.Take(first).Concat(blocks.Skip(last + 1)).ToList();
        return new HelpExample
        {
            Title = title,
            Code = string.Join("\n\n", code.Select(c => c.Text.Trim('\n'))),
            Remarks = HelpTextBuilder.Build(context, remarks, $"example '{title}'"),
            Line = group.Heading.Line,
        };
    }
}
