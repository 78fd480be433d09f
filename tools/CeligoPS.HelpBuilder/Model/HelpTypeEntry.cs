namespace CeligoPS.HelpBuilder;

/// <summary>An INPUTS or OUTPUTS entry: the "### TypeName" heading and its text.</summary>
public sealed record HelpTypeEntry(string TypeName, HelpText Description);
