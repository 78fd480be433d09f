namespace CeligoPS.HelpBuilder;

/// <summary>
/// One ```yaml block under a "### -Name" heading. PlatyPS writes one block per distinct combination of
/// Required/Position/pipeline input, each naming the parameter sets it holds for.
/// </summary>
public sealed class ParameterMetadata
{
    public required string Type { get; init; }

    /// <summary>Set names as written; "(All)" means every set of the cmdlet.</summary>
    public required IReadOnlyList<string> ParameterSets { get; init; }

    public required IReadOnlyList<string> Aliases { get; init; }

    public required IReadOnlyList<string> AcceptedValues { get; init; }

    public required bool Required { get; init; }

    /// <summary>"Named" or a zero-based position such as "0".</summary>
    public required string Position { get; init; }

    /// <summary>As written ("None" included); null when the block has no "Default value" line.</summary>
    public required string? DefaultValue { get; init; }

    /// <summary>As written: "False", "True (ByValue)", "True (ByPropertyName)", "True (ByValue, ByPropertyName)".</summary>
    public required string PipelineInput { get; init; }

    public required bool Globbing { get; init; }

    /// <summary>1-based line of the opening ```yaml fence.</summary>
    public required int Line { get; init; }

    public bool AppliesToAllSets => ParameterSets.Any(HelpParameter.IsAllSets);

    public bool AppliesTo(string parameterSetName) =>
        AppliesToAllSets || ParameterSets.Contains(parameterSetName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The position as a number, or null for "Named".</summary>
    public int? PositionIndex => int.TryParse(Position, out var index) ? index : null;

    public bool AcceptsPipelineInput => PipelineInput.StartsWith("True", StringComparison.OrdinalIgnoreCase);

    public bool AcceptsPipelineByValue => AcceptsPipelineInput && PipelineInput.Contains("ByValue", StringComparison.OrdinalIgnoreCase);

    public bool AcceptsPipelineByPropertyName => AcceptsPipelineInput && PipelineInput.Contains("ByPropertyName", StringComparison.OrdinalIgnoreCase);
}
