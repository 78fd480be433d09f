using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// The "## SECTION" parts of a cmdlet page, each handed to the reader that knows its shape. Section
/// names are matched case-insensitively, as PlatyPS does; an unknown or repeated section is an error.
/// </summary>
internal sealed class PageSections
{
    private static readonly string[] Known =
        ["SYNOPSIS", "SYNTAX", "DESCRIPTION", "EXAMPLES", "PARAMETERS", "INPUTS", "OUTPUTS", "NOTES", "RELATED LINKS"];

    private readonly PageContext _context;
    private readonly HeadingBlock _title;
    private readonly Dictionary<string, HeadingGroup> _sections = new(StringComparer.Ordinal);

    public PageSections(PageContext context, HeadingBlock title, IReadOnlyList<HeadingGroup> groups)
    {
        _context = context;
        _title = title;
        foreach (var group in groups)
        {
            var key = group.Heading.Text.Trim().ToUpperInvariant();
            if (!Known.Contains(key))
            {
                throw context.Error(group.Heading, $"unknown section '## {group.Heading.Text}'; a PlatyPS page has {string.Join(", ", Known)}");
            }
            if (!_sections.TryAdd(key, group))
            {
                throw context.Error(group.Heading, $"section '## {key}' appears twice (first at line {_sections[key].Heading.Line})");
            }
        }
    }

    public HelpPage ToPage(string name, IReadOnlyDictionary<string, string> metadata)
    {
        if (!_sections.TryGetValue("SYNOPSIS", out var synopsisSection))
        {
            throw _context.Error(_title, $"page for {name} has no '## SYNOPSIS' section");
        }
        var synopsis = HelpTextBuilder.Build(_context, synopsisSection.Body, "SYNOPSIS");
        if (synopsis.IsEmpty)
        {
            throw _context.Error(synopsisSection.Heading, "SYNOPSIS is empty; Get-Help shows it as the one-line summary");
        }
        var description = Text("DESCRIPTION");
        if (description.IsEmpty)
        {
            _context.Warn(_sections.TryGetValue("DESCRIPTION", out var d) ? d.Heading.Line : _title.Line, "DESCRIPTION is missing or empty");
        }
        var syntax = Section("SYNTAX", body => SyntaxSectionReader.Read(_context, body), []);
        var parameters = Section("PARAMETERS", body => ParameterSectionReader.Read(_context, body), ParameterSection.Empty);
        SyntaxConsistency.Check(_context, syntax, parameters.Parameters);

        return new HelpPage
        {
            SourcePath = _context.Path,
            Name = name,
            Metadata = metadata,
            Synopsis = synopsis,
            Description = description,
            Syntax = syntax,
            Examples = Section("EXAMPLES", body => ExampleSectionReader.Read(_context, body), []),
            Parameters = parameters.Parameters,
            SupportsCommonParameters = parameters.SupportsCommonParameters,
            Inputs = Section("INPUTS", body => TypeSectionReader.Read(_context, body, "INPUTS"), []),
            Outputs = Section("OUTPUTS", body => TypeSectionReader.Read(_context, body, "OUTPUTS"), []),
            Notes = Text("NOTES"),
            RelatedLinks = Section("RELATED LINKS", body => RelatedLinkReader.Read(_context, body), []),
            Warnings = _context.Warnings,
        };
    }

    private HelpText Text(string key) =>
        _sections.TryGetValue(key, out var section) ? HelpTextBuilder.Build(_context, section.Body, key) : HelpText.Empty;

    /// <summary>Reads a section when the page has it; SYNTAX and PARAMETERS are expected on every page.</summary>
    private T Section<T>(string key, Func<IReadOnlyList<MarkdownBlock>, T> read, T missing)
    {
        if (_sections.TryGetValue(key, out var section))
        {
            return read(section.Body);
        }
        if (key is "SYNTAX" or "PARAMETERS")
        {
            _context.Warn(_title.Line, $"page has no '## {key}' section");
        }
        return missing;
    }
}
