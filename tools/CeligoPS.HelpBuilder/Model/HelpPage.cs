namespace CeligoPS.HelpBuilder;

/// <summary>One cmdlet's help, as read from its PlatyPS markdown page.</summary>
public sealed class HelpPage
{
    public required string SourcePath { get; init; }

    /// <summary>The cmdlet name from the page's "# Name" heading.</summary>
    public required string Name { get; init; }

    /// <summary>The front matter ("external help file", "Module Name", "online version", "schema").</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    public required HelpText Synopsis { get; init; }

    public required HelpText Description { get; init; }

    /// <summary>The SYNTAX section's blocks, in page order.</summary>
    public required IReadOnlyList<SyntaxBlock> Syntax { get; init; }

    public required IReadOnlyList<HelpExample> Examples { get; init; }

    /// <summary>Every "### -Name" section of PARAMETERS, in page order (CommonParameters is not one of them).</summary>
    public required IReadOnlyList<HelpParameter> Parameters { get; init; }

    /// <summary>True when PARAMETERS has the "### CommonParameters" section.</summary>
    public required bool SupportsCommonParameters { get; init; }

    public required IReadOnlyList<HelpTypeEntry> Inputs { get; init; }

    public required IReadOnlyList<HelpTypeEntry> Outputs { get; init; }

    public required HelpText Notes { get; init; }

    public required IReadOnlyList<RelatedLink> RelatedLinks { get; init; }

    /// <summary>Things that compile but look wrong; the console prints them as warnings.</summary>
    public required IReadOnlyList<HelpDiagnostic> Warnings { get; init; }

    public string Verb => Name.Split('-', 2)[0];

    public string Noun => Name.Contains('-') ? Name.Split('-', 2)[1] : "";

    /// <summary>The "online version" front matter value, when it is set.</summary>
    public string? OnlineVersion =>
        Metadata.TryGetValue("online version", out var value) && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>
    /// Parameter set names: those named by SYNTAX headings first (the order PlatyPS wrote them, default
    /// set first), then any other set a parameter's metadata names. Empty when every parameter is "(All)".
    /// </summary>
    public IReadOnlyList<string> ParameterSetNames
    {
        get
        {
            var names = new List<string>();
            void Add(string name)
            {
                if (!HelpParameter.IsAllSets(name) && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
                {
                    names.Add(name);
                }
            }
            foreach (var block in Syntax)
            {
                Add(block.ParameterSetName);
            }
            foreach (var set in Parameters.SelectMany(p => p.ParameterSets))
            {
                Add(set);
            }
            return names;
        }
    }

    public HelpParameter? FindParameter(string name) =>
        Parameters.FirstOrDefault(p => string.Equals(p.Name, name.TrimStart('-'), StringComparison.OrdinalIgnoreCase));
}
