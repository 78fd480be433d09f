namespace CeligoPS.HelpBuilder.Markdown;

/// <summary>One block-level element of a markdown file; Line is 1-based, for error messages.</summary>
internal abstract record MarkdownBlock(int Line);

internal sealed record HeadingBlock(int Line, int Level, string Text) : MarkdownBlock(Line);

/// <summary>
/// Lines of one paragraph as written (soft-wrapped). A line that ends in a hard break (two spaces or a
/// backslash) keeps that marker so the text builder can start a new output line there.
/// </summary>
internal sealed record ParagraphBlock(int Line, IReadOnlyList<string> Lines) : MarkdownBlock(Line);

/// <summary>A bullet or numbered list item; Depth counts nesting levels from 0.</summary>
internal sealed record ListItemBlock(int Line, int Depth, string Marker, IReadOnlyList<string> Lines) : MarkdownBlock(Line);

/// <summary>A fenced code block; Info is the language word after the fence, lower-cased ("" when none).</summary>
internal sealed record CodeBlock(int Line, string Info, IReadOnlyList<string> Lines) : MarkdownBlock(Line)
{
    public string Text => string.Join("\n", Lines);
}

/// <summary>Lines shown as written, never re-wrapped: pipe tables.</summary>
internal sealed record VerbatimBlock(int Line, IReadOnlyList<string> Lines) : MarkdownBlock(Line);
