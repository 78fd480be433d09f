using System.Text;
using CeligoPS.HelpBuilder.Writing;

namespace CeligoPS.HelpBuilder;

/// <summary>
/// Writes an about topic as the plain text Get-Help shows (about_CeligoPS.help.txt), in the classic
/// layout of PowerShell's about topics:
/// <code>
/// TOPIC
///     about_CeligoPS
///
/// SHORT DESCRIPTION
///     Text indented four spaces, wrapped to the width.
/// </code>
/// Section titles are upper case at the margin; deeper headings are upper case and indented like the
/// text; code is indented eight spaces and never wrapped. Get-Help lists line 5 (the short description's
/// first line) as the topic's synopsis, which this layout keeps.
/// </summary>
public static class AboutTopicWriter
{
    public const int DefaultWidth = 80;

    private const string TextIndent = "    ";
    private const string CodeIndent = "        ";

    /// <summary>"about_CeligoPS.help.md" and "about_CeligoPS.md" both give "about_CeligoPS.help.txt".</summary>
    public static string FileNameFor(string markdownPath)
    {
        var name = Path.GetFileNameWithoutExtension(markdownPath);
        if (name.EndsWith(".help", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^".help".Length];
        }
        return name + ".help.txt";
    }

    public static string Render(AboutTopic topic, int width = DefaultWidth)
    {
        var lines = new List<string> { "TOPIC", TextIndent + topic.Name };
        foreach (var section in topic.Sections)
        {
            lines.Add("");
            if (section.Title.Length > 0)
            {
                lines.Add(section.Level <= 2 ? section.Title.ToUpperInvariant() : TextIndent + section.Title.ToUpperInvariant());
            }
            HelpParagraph? previous = null;
            foreach (var paragraph in section.Body.Paragraphs)
            {
                // Items of one list stay together; everything else is separated by a blank line.
                var sameList = previous?.Kind == HelpParagraphKind.ListItem && paragraph.Kind == HelpParagraphKind.ListItem;
                if (previous != null && !sameList)
                {
                    lines.Add("");
                }
                lines.AddRange(Paragraph(paragraph, width));
                previous = paragraph;
            }
        }
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.TrimEnd()).Append('\n');
        }
        return text.ToString();
    }

    public static void Write(AboutTopic topic, string path, int width = DefaultWidth) =>
        File.WriteAllText(path, Render(topic, width), new UTF8Encoding(true));

    private static IEnumerable<string> Paragraph(HelpParagraph paragraph, int width)
    {
        switch (paragraph.Kind)
        {
            case HelpParagraphKind.Verbatim:
                return paragraph.Text.Split('\n').Select(line => CodeIndent + line);
            case HelpParagraphKind.ListItem:
                var indent = TextIndent + new string(' ', paragraph.Depth * 2);
                var hanging = indent + new string(' ', paragraph.Marker.Length + 1);
                return TextWrapper.Wrap($"{paragraph.Marker} {paragraph.Text}", width, indent, hanging);
            default:
                return TextWrapper.Wrap(paragraph.Text, width, TextIndent, TextIndent);
        }
    }
}
