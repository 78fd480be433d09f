using System.Xml.Linq;

namespace CeligoPS.HelpBuilder.Writing;

/// <summary>
/// Help text as maml:para elements, one per paragraph or list item. Get-Help puts a blank line after
/// every para but keeps line breaks inside one, so a code block is a single para: one para per code line
/// would double-space the code.
/// </summary>
internal static class MamlParagraphs
{
    public static IEnumerable<XElement> From(HelpText text) =>
        text.Paragraphs.Select(p => new XElement(MamlNames.Maml + "para", p.DisplayText));
}
