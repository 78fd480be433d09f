using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// Sorts the markdown of a docs folder into cmdlet pages and about topics. The module landing page
/// PlatyPS writes (front matter with "Module Guid") and a README are not help pages and are skipped.
/// </summary>
internal sealed record HelpSourceFiles(IReadOnlyList<string> CommandPages, IReadOnlyList<string> AboutTopics, IReadOnlyList<string> Skipped)
{
    public static HelpSourceFiles Find(string folder)
    {
        var commands = new List<string>();
        var abouts = new List<string>();
        var skipped = new List<string>();
        foreach (var path in Directory.GetFiles(folder, "*.md").Order(StringComparer.OrdinalIgnoreCase))
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
            {
                abouts.Add(path);
            }
            else if (name.Equals("README.md", StringComparison.OrdinalIgnoreCase) || IsModulePage(path))
            {
                skipped.Add(path);
            }
            else
            {
                commands.Add(path);
            }
        }
        return new HelpSourceFiles(commands, abouts, skipped);
    }

    private static bool IsModulePage(string path)
    {
        var lines = SourceLines.Split(File.ReadAllText(path));
        try
        {
            return FrontMatter.Read(path, lines)["Module Guid"] != null;
        }
        catch (HelpFormatException)
        {
            // A broken header is reported when the file is read as a cmdlet page.
            return false;
        }
    }
}
