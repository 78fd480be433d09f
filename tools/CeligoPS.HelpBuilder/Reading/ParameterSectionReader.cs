using System.Text.RegularExpressions;
using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>What the PARAMETERS section holds.</summary>
internal sealed record ParameterSection(IReadOnlyList<HelpParameter> Parameters, bool SupportsCommonParameters)
{
    public static readonly ParameterSection Empty = new([], false);
}

/// <summary>
/// PARAMETERS: "### -Name", description, then one ```yaml block per distinct metadata combination;
/// "### CommonParameters" carries the standard sentence and no metadata.
/// </summary>
internal static partial class ParameterSectionReader
{
    [GeneratedRegex(@"^[A-Za-z_][\w]*$")]
    private static partial Regex ParameterName();

    public static ParameterSection Read(PageContext context, IReadOnlyList<MarkdownBlock> body)
    {
        var groups = HeadingGroup.Split(body, 3, out var leading);
        if (leading.Count > 0)
        {
            throw context.Error(leading[0], "PARAMETERS entries start with a '### -Name' heading");
        }
        var parameters = new List<HelpParameter>();
        var common = false;
        foreach (var group in groups)
        {
            var heading = group.Heading.Text.Trim();
            if (heading.Equals("CommonParameters", StringComparison.OrdinalIgnoreCase)
                || heading.Equals("WorkflowCommonParameters", StringComparison.OrdinalIgnoreCase))
            {
                common = true;
                continue;
            }
            var parameter = ReadParameter(context, group, heading);
            if (parameters.FirstOrDefault(p => p.Name.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase)) is { } earlier)
            {
                throw context.Error(group.Heading, $"parameter -{parameter.Name} is documented twice (first at line {earlier.Line}); put every yaml block under one heading");
            }
            parameters.Add(parameter);
        }
        return new ParameterSection(parameters, common);
    }

    private static HelpParameter ReadParameter(PageContext context, HeadingGroup group, string heading)
    {
        if (!heading.StartsWith('-') || !ParameterName().IsMatch(heading[1..]))
        {
            throw context.Error(group.Heading, $"parameter heading '### {heading}' is not '### -ParameterName' (or '### CommonParameters')");
        }
        var name = heading[1..];
        var firstYaml = group.Body.ToList().FindIndex(IsYaml);
        if (firstYaml < 0)
        {
            throw context.Error(group.Heading, $"parameter -{name} has no ```yaml metadata block (Type, Parameter Sets, Aliases, Required, Position, Default value, Accept pipeline input, Accept wildcard characters)");
        }
        var metadata = new List<ParameterMetadata>();
        foreach (var block in group.Body.Skip(firstYaml))
        {
            if (!IsYaml(block))
            {
                throw context.Error(block, $"only ```yaml metadata blocks may follow the first one under -{name}; put description text above the yaml");
            }
            metadata.Add(ParameterMetadataParser.Parse(context, (CodeBlock)block, name));
        }
        CheckBlocksAgree(context, name, metadata);
        return new HelpParameter
        {
            Name = name,
            Description = HelpTextBuilder.Build(context, group.Body.Take(firstYaml).ToList(), $"parameter -{name}"),
            Metadata = metadata,
            Line = group.Heading.Line,
        };
    }

    private static bool IsYaml(MarkdownBlock block) => block is CodeBlock { Info: "yaml" or "yml" };

    // Several blocks describe one parameter in different sets, so no set may appear in two of them.
    private static void CheckBlocksAgree(PageContext context, string name, IReadOnlyList<ParameterMetadata> metadata)
    {
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in metadata)
        {
            foreach (var set in block.ParameterSets)
            {
                if (!seen.TryAdd(set, block.Line))
                {
                    throw context.Error(block.Line, seen[set] == block.Line
                        ? $"parameter -{name}: 'Parameter Sets' names '{set}' twice"
                        : $"parameter -{name}: set '{set}' is already described by the yaml block at line {seen[set]}");
                }
            }
            if (!block.Type.Equals(metadata[0].Type, StringComparison.OrdinalIgnoreCase))
            {
                context.Warn(block.Line, $"parameter -{name} has type {block.Type} here but {metadata[0].Type} in its first yaml block");
            }
        }
        if (metadata.Count > 1 && metadata.Any(m => m.AppliesToAllSets))
        {
            throw context.Error(metadata[1].Line, $"parameter -{name} has several yaml blocks, so none of them can be '(All)'");
        }
    }
}
