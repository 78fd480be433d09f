namespace CeligoPS.HelpBuilder.Writing;

/// <summary>A parameter as it appears in one syntax item: its metadata for that parameter set.</summary>
internal sealed record SyntaxParameter(HelpParameter Parameter, ParameterMetadata Metadata);

/// <summary>
/// Builds the MAML syntax items from the parameter metadata, as PlatyPS does (it never reads the SYNTAX
/// code). Two orderings follow the SYNTAX section instead of PlatyPS's: the sets come in SYNTAX order
/// (default set first, as Get-Command shows them) and, within a set, parameters come in the order of that
/// set's syntax line; where a set has no syntax line, positional parameters come first, by position.
/// </summary>
internal static class MamlSyntax
{
    public static IReadOnlyList<IReadOnlyList<SyntaxParameter>> Items(HelpPage page)
    {
        var sets = page.ParameterSetNames;
        if (sets.Count == 0)
        {
            var all = page.Parameters.Select(p => new SyntaxParameter(p, p.Metadata[0])).ToList();
            return [Order(all, page.Syntax.Count == 1 ? page.Syntax[0] : null)];
        }
        return sets.Select(set =>
        {
            var members = page.Parameters
                .Select(p => p.ForSet(set) is { } metadata ? new SyntaxParameter(p, metadata) : null)
                .OfType<SyntaxParameter>()
                .ToList();
            var line = page.Syntax.FirstOrDefault(s => s.ParameterSetName.Equals(set, StringComparison.OrdinalIgnoreCase));
            return Order(members, line);
        }).ToList();
    }

    private static IReadOnlyList<SyntaxParameter> Order(List<SyntaxParameter> members, SyntaxBlock? line)
    {
        if (line != null)
        {
            // OrderBy is stable: parameters missing from the line keep page order, after the listed ones.
            return members.OrderBy(m => IndexIn(line.ParameterNames, m.Parameter.Name)).ToList();
        }
        return members.OrderBy(m => m.Metadata.PositionIndex ?? int.MaxValue).ToList();
    }

    private static int IndexIn(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i].Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }
        return int.MaxValue;
    }
}
