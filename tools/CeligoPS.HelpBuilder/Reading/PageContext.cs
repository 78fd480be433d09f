using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>The file being read, for error messages, and the warnings found so far.</summary>
internal sealed class PageContext(string path)
{
    private readonly List<HelpDiagnostic> _warnings = [];

    public string Path { get; } = path;

    public IReadOnlyList<HelpDiagnostic> Warnings => _warnings;

    public HelpFormatException Error(int line, string reason) => new(Path, line, reason);

    public HelpFormatException Error(MarkdownBlock block, string reason) => new(Path, block.Line, reason);

    public void Warn(int line, string message) => _warnings.Add(new HelpDiagnostic(Path, line, message));
}
