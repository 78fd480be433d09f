namespace CeligoPS.HelpBuilder;

/// <summary>
/// One "### -Name" section of PARAMETERS. The single-valued properties come from the first yaml block,
/// which is also what PlatyPS puts in the MAML parameters list; per-set values are in <see cref="Metadata"/>
/// (see <see cref="ForSet"/> and <see cref="IsRequiredIn"/>).
/// </summary>
public sealed class HelpParameter
{
    /// <summary>The "Parameter Sets" value PlatyPS writes for a parameter that is in every set.</summary>
    public const string AllParameterSets = "(All)";

    public required string Name { get; init; }

    public required HelpText Description { get; init; }

    /// <summary>The yaml blocks in page order; never empty.</summary>
    public required IReadOnlyList<ParameterMetadata> Metadata { get; init; }

    /// <summary>1-based line of the "### -Name" heading.</summary>
    public required int Line { get; init; }

    public string Type => Metadata[0].Type;

    public bool IsSwitch =>
        Type.Equals("SwitchParameter", StringComparison.OrdinalIgnoreCase)
        || Type.Equals("Switch", StringComparison.OrdinalIgnoreCase)
        || Type.Equals("System.Management.Automation.SwitchParameter", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every set any block names, in order, duplicates removed ("(All)" included when written).</summary>
    public IReadOnlyList<string> ParameterSets =>
        Metadata.SelectMany(m => m.ParameterSets).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public IReadOnlyList<string> Aliases => Metadata[0].Aliases;

    public IReadOnlyList<string> AcceptedValues => Metadata[0].AcceptedValues;

    public bool Required => Metadata[0].Required;

    public string Position => Metadata[0].Position;

    public string? DefaultValue => Metadata[0].DefaultValue;

    public string PipelineInput => Metadata[0].PipelineInput;

    public bool Globbing => Metadata[0].Globbing;

    /// <summary>
    /// The block that holds in the given set: the one naming it, else an "(All)" block; null when the
    /// parameter is not in that set.
    /// </summary>
    public ParameterMetadata? ForSet(string parameterSetName) =>
        Metadata.FirstOrDefault(m => m.ParameterSets.Contains(parameterSetName, StringComparer.OrdinalIgnoreCase))
        ?? Metadata.FirstOrDefault(m => m.AppliesToAllSets);

    /// <summary>Whether the parameter is mandatory in the given set (false when it is not in the set).</summary>
    public bool IsRequiredIn(string parameterSetName) => ForSet(parameterSetName)?.Required ?? false;

    /// <summary>"(All)" and PowerShell's own "__AllParameterSets" both mean every set.</summary>
    public static bool IsAllSets(string parameterSetName) =>
        parameterSetName.Equals(AllParameterSets, StringComparison.OrdinalIgnoreCase)
        || parameterSetName.Equals(SyntaxBlock.AllParameterSetsName, StringComparison.OrdinalIgnoreCase);
}
