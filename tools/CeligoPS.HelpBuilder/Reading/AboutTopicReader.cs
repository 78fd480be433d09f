using CeligoPS.HelpBuilder.Markdown;
using CeligoPS.HelpBuilder.Reading;

namespace CeligoPS.HelpBuilder;

/// <summary>
/// Reads an about_*.help.md topic: "# about_Name", then sections. Both the PowerShell-Docs layout
/// ("## Short description") and PlatyPS's older template ("# SHORT DESCRIPTION", with a repeated
/// "## about_Name" under the title) are accepted.
/// </summary>
public static class AboutTopicReader
{
    public static AboutTopic Read(string path) => Parse(File.ReadAllText(path), path);

    public static AboutTopic Parse(string markdown, string sourcePath)
    {
        var context = new PageContext(sourcePath);
        var lines = SourceLines.Split(markdown);
        var frontMatter = FrontMatter.Read(sourcePath, lines);
        var blocks = MarkdownBlockReader.Read(sourcePath, lines, frontMatter.BodyStart);
        if (blocks.Count == 0 || blocks[0] is not HeadingBlock { Level: 1 } title
            || !title.Text.StartsWith("about_", StringComparison.OrdinalIgnoreCase))
        {
            throw context.Error(blocks.Count == 0 ? 1 : blocks[0].Line, "an about topic starts with a '# about_TopicName' heading");
        }
        var name = title.Text.Trim();
        if (!string.Equals(AboutTopicWriter.FileNameFor(sourcePath), name + ".help.txt", StringComparison.OrdinalIgnoreCase))
        {
            context.Warn(title.Line, $"topic '{name}' is in a file whose name gives '{AboutTopicWriter.FileNameFor(sourcePath)}'; Get-Help finds topics by file name");
        }

        var sections = new List<AboutSection>();
        var rest = blocks.Skip(1).ToList();
        var start = 0;
        // PlatyPS's template repeats the topic name as "## about_Name" under the title; TOPIC already says it.
        if (rest.Count > 0 && rest[0] is HeadingBlock repeat && repeat.Text.Trim().Equals(name, StringComparison.OrdinalIgnoreCase))
        {
            start = 1;
        }
        HeadingBlock? heading = null;
        var body = new List<MarkdownBlock>();
        void Flush()
        {
            if (heading != null || body.Count > 0)
            {
                var level = heading == null ? 2 : Math.Max(2, heading.Level);
                var sectionTitle = heading == null ? "" : HelpTextBuilder.Inline(heading.Text);
                sections.Add(new AboutSection(level, sectionTitle, HelpTextBuilder.Build(context, body, $"about section '{sectionTitle}'")));
            }
        }
        foreach (var block in rest.Skip(start))
        {
            if (block is HeadingBlock next)
            {
                Flush();
                heading = next;
                body = [];
            }
            else
            {
                body.Add(block);
            }
        }
        Flush();

        if (sections.Count == 0 || !sections[0].Title.Equals("Short description", StringComparison.OrdinalIgnoreCase))
        {
            context.Warn(title.Line, "the first section should be 'Short description': Get-Help lists line 5 of the topic (the short description's first line) as its synopsis");
        }
        return new AboutTopic { SourcePath = sourcePath, Name = name, Sections = sections, Warnings = context.Warnings };
    }
}
