namespace CeligoPS.HelpBuilder;

/// <summary>
/// Something in a page that still compiles but is probably a mistake (a PlatyPS placeholder left in,
/// a SYNTAX block that disagrees with the parameter metadata...).
/// </summary>
public sealed record HelpDiagnostic(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}({Line}): warning: {Message}";
}
