namespace CeligoPS.HelpBuilder;

/// <summary>One "### SetName" entry of the SYNTAX section with its code line.</summary>
public sealed class SyntaxBlock
{
    /// <summary>The PlatyPS name for the only set of a cmdlet without named parameter sets.</summary>
    public const string AllParameterSetsName = "__AllParameterSets";

    public required string ParameterSetName { get; init; }

    /// <summary>True when the heading ends in " (Default)".</summary>
    public required bool IsDefault { get; init; }

    public required string Code { get; init; }

    /// <summary>Parameter names (without '-') in the order the syntax line lists them.</summary>
    public required IReadOnlyList<string> ParameterNames { get; init; }

    public required int Line { get; init; }

    public bool AppliesToAllSets => HelpParameter.IsAllSets(ParameterSetName);
}
