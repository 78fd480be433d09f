namespace CeligoPS.HelpBuilder;

/// <summary>One "### Example N: ..." entry.</summary>
public sealed class HelpExample
{
    /// <summary>The heading text, e.g. "Example 1: Retry the errors of yesterday's failed jobs".</summary>
    public required string Title { get; init; }

    /// <summary>Every code block of the example (command, then any output block), joined by a blank line.</summary>
    public required string Code { get; init; }

    /// <summary>The text around the code: any introduction before it, then the explanation after it.</summary>
    public required HelpText Remarks { get; init; }

    public required int Line { get; init; }
}
