using System.Text.RegularExpressions;
using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// SYNTAX: "### SetName" (" (Default)" marks the default set) followed by one code block. A page for a
/// cmdlet with a single set may have the code block alone.
/// </summary>
internal static partial class SyntaxSectionReader
{
    private const string DefaultSuffix = " (Default)";

    // "-Name" at the start of a word: skips the "-CeligoJob" inside "Get-CeligoJob".
    [GeneratedRegex(@"(?<![\w-])-([A-Za-z_][\w]*)")]
    private static partial Regex ParameterToken();

    public static IReadOnlyList<SyntaxBlock> Read(PageContext context, IReadOnlyList<MarkdownBlock> body)
    {
        var blocks = new List<SyntaxBlock>();
        var groups = HeadingGroup.Split(body, 3, out var leading);
        if (leading.Count > 0)
        {
            if (groups.Count > 0 || leading.Count != 1 || leading[0] is not CodeBlock single)
            {
                throw context.Error(leading[0], "SYNTAX entries are '### ParameterSetName' headings each followed by one code block");
            }
            blocks.Add(Create(SyntaxBlock.AllParameterSetsName, false, single));
        }
        foreach (var group in groups)
        {
            if (group.Body.Count != 1 || group.Body[0] is not CodeBlock code)
            {
                throw context.Error(group.Heading, $"syntax entry '### {group.Heading.Text}' must hold exactly one code block");
            }
            var heading = group.Heading.Text.Trim();
            var isDefault = heading.EndsWith(DefaultSuffix, StringComparison.OrdinalIgnoreCase);
            var setName = isDefault ? heading[..^DefaultSuffix.Length].Trim() : heading;
            if (blocks.Any(b => b.ParameterSetName.Equals(setName, StringComparison.OrdinalIgnoreCase)))
            {
                throw context.Error(group.Heading, $"parameter set '{setName}' has two SYNTAX entries");
            }
            blocks.Add(Create(setName, isDefault, code));
        }
        return blocks;
    }

    private static SyntaxBlock Create(string setName, bool isDefault, CodeBlock code) => new()
    {
        ParameterSetName = setName,
        IsDefault = isDefault,
        Code = code.Text.Trim(),
        ParameterNames = ParameterToken().Matches(code.Text).Select(m => m.Groups[1].Value).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        Line = code.Line,
    };
}
