using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>A heading and the blocks under it, up to the next heading of the same or a higher level.</summary>
internal sealed record HeadingGroup(HeadingBlock Heading, IReadOnlyList<MarkdownBlock> Body)
{
    /// <summary>
    /// Groups blocks under their headings of the given level. Blocks before the first such heading are
    /// returned as <paramref name="leading"/>; deeper headings stay inside the bodies for the caller to judge.
    /// </summary>
    public static IReadOnlyList<HeadingGroup> Split(IReadOnlyList<MarkdownBlock> blocks, int level, out IReadOnlyList<MarkdownBlock> leading)
    {
        var groups = new List<HeadingGroup>();
        var before = new List<MarkdownBlock>();
        HeadingBlock? current = null;
        var body = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading && heading.Level == level)
            {
                if (current != null)
                {
                    groups.Add(new HeadingGroup(current, body));
                }
                current = heading;
                body = [];
            }
            else if (current == null)
            {
                before.Add(block);
            }
            else
            {
                body.Add(block);
            }
        }
        if (current != null)
        {
            groups.Add(new HeadingGroup(current, body));
        }
        leading = before;
        return groups;
    }
}
