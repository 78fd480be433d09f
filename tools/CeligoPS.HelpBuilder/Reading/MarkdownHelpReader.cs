using CeligoPS.HelpBuilder.Markdown;
using CeligoPS.HelpBuilder.Reading;

namespace CeligoPS.HelpBuilder;

/// <summary>
/// Reads a cmdlet page in PlatyPS schema 2.0.0 markdown (what New-MarkdownHelp writes). A page that
/// breaks the schema throws <see cref="HelpFormatException"/> naming the file and line.
/// </summary>
public static class MarkdownHelpReader
{
    public const string SupportedSchema = "2.0.0";

    public static HelpPage Read(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>Every cmdlet page of a folder (about topics and the module landing page left out), sorted by file name.</summary>
    public static IReadOnlyList<HelpPage> ReadFolder(string folder) =>
        HelpSourceFiles.Find(folder).CommandPages.Select(Read).ToList();

    public static HelpPage Parse(string markdown, string sourcePath)
    {
        var context = new PageContext(sourcePath);
        var lines = SourceLines.Split(markdown);
        var frontMatter = FrontMatter.Read(sourcePath, lines);
        if (!frontMatter.IsPresent)
        {
            throw context.Error(1, "missing the PlatyPS front matter ('---', 'schema: 2.0.0', '---') at the top of the page");
        }
        if (frontMatter["schema"] != SupportedSchema)
        {
            throw context.Error(1, $"front matter 'schema' is '{frontMatter["schema"]}'; only PlatyPS schema {SupportedSchema} is supported");
        }

        var blocks = MarkdownBlockReader.Read(sourcePath, lines, frontMatter.BodyStart);
        if (blocks.Count == 0 || blocks[0] is not HeadingBlock { Level: 1 } title)
        {
            throw context.Error(blocks.Count == 0 ? Math.Max(1, frontMatter.BodyStart) : blocks[0].Line, "expected the '# Cmdlet-Name' heading right after the front matter");
        }
        if (blocks.Skip(1).OfType<HeadingBlock>().FirstOrDefault(h => h.Level == 1) is { } secondTitle)
        {
            throw context.Error(secondTitle, $"a page documents one cmdlet: second '# {secondTitle.Text}' heading");
        }
        var name = HelpTextBuilder.Inline(title.Text);
        if (!name.Contains('-'))
        {
            context.Warn(title.Line, $"'{name}' is not a Verb-Noun cmdlet name");
        }
        if (!string.Equals(Path.GetFileNameWithoutExtension(sourcePath), name, StringComparison.OrdinalIgnoreCase))
        {
            context.Warn(title.Line, $"page title '{name}' differs from the file name");
        }

        var sections = new PageSections(context, title, HeadingGroup.Split(blocks.Skip(1).ToList(), 2, out var leading));
        if (leading.Count > 0)
        {
            throw context.Error(leading[0], "text between the title and the first '## SECTION' heading");
        }
        return sections.ToPage(name, frontMatter.Values);
    }
}
