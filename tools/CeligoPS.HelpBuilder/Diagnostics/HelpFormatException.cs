namespace CeligoPS.HelpBuilder;

/// <summary>
/// A help page that does not follow the PlatyPS schema. Carries the file and 1-based line so the message
/// can be printed in the compiler format MSBuild recognises ("file(line): error: ...") once the tool runs
/// from the module build.
/// </summary>
public sealed class HelpFormatException : Exception
{
    public HelpFormatException(string path, int line, string reason)
        : base($"{path}({line}): error: {reason}")
    {
        Path = path;
        Line = line;
        Reason = reason;
    }

    public string Path { get; }

    public int Line { get; }

    /// <summary>The message without the file and line prefix.</summary>
    public string Reason { get; }
}
