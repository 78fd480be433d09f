namespace CeligoPS.HelpBuilder;

/// <summary>An about_*.help.md conceptual topic.</summary>
public sealed class AboutTopic
{
    public required string SourcePath { get; init; }

    /// <summary>The topic name from the "# about_..." heading.</summary>
    public required string Name { get; init; }

    /// <summary>The sections in page order; a section's level is its markdown heading level (2 or deeper).</summary>
    public required IReadOnlyList<AboutSection> Sections { get; init; }

    public required IReadOnlyList<HelpDiagnostic> Warnings { get; init; }

    /// <summary>The SHORT DESCRIPTION section's text, which Get-Help lists as the topic's synopsis.</summary>
    public HelpText ShortDescription =>
        Sections.FirstOrDefault(s => s.Title.Equals("Short description", StringComparison.OrdinalIgnoreCase))?.Body ?? HelpText.Empty;
}

/// <summary>A heading of an about topic and the text under it (up to the next heading).</summary>
public sealed record AboutSection(int Level, string Title, HelpText Body);
