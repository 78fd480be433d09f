namespace CeligoPS.HelpBuilder.Reading;

/// <summary>Splits a file into lines whatever its line endings (the docs are edited on Windows too).</summary>
internal static class SourceLines
{
    public static IReadOnlyList<string> Split(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
}
