using System.Text.RegularExpressions;
using CeligoPS.HelpBuilder.Markdown;

namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// The flat "Key: value" yaml PlatyPS writes for a parameter. Values are checked here, at the line they
/// are on, because a typo (Required: Yes) would otherwise become wrong help without any error.
/// </summary>
internal static partial class ParameterMetadataParser
{
    private const string Type = "Type";
    private const string ParameterSets = "Parameter Sets";
    private const string Aliases = "Aliases";
    private const string AcceptedValues = "Accepted values";
    private const string Required = "Required";
    private const string Position = "Position";
    private const string DefaultValue = "Default value";
    private const string PipelineInput = "Accept pipeline input";
    private const string Wildcards = "Accept wildcard characters";

    // PlatyPS's "-ApplicableTag" filter key; accepted and ignored, this build has no tags.
    private const string Applicable = "Applicable";

    private static readonly string[] Keys =
        [Type, ParameterSets, Aliases, AcceptedValues, Required, Position, DefaultValue, PipelineInput, Wildcards, Applicable];

    [GeneratedRegex(@"^(True|False)(\s*\(\s*(ByValue|ByPropertyName)(\s*,\s*(ByValue|ByPropertyName))?\s*\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex PipelineInputValue();

    public static ParameterMetadata Parse(PageContext context, CodeBlock yaml, string parameterName)
    {
        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < yaml.Lines.Count; i++)
        {
            var line = yaml.Lines[i];
            var lineNumber = yaml.Line + 1 + i;
            if (line.Trim().Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw context.Error(lineNumber, $"parameter -{parameterName}: yaml line is not 'Key: value': '{line.Trim()}'");
            }
            var key = line[..colon].Trim();
            if (!Keys.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw context.Error(lineNumber, $"parameter -{parameterName}: unknown yaml key '{key}' (known: {string.Join(", ", Keys)})");
            }
            if (!values.TryAdd(key, (line[(colon + 1)..].Trim(), lineNumber)))
            {
                throw context.Error(lineNumber, $"parameter -{parameterName}: yaml key '{key}' appears twice");
            }
        }

        string? Get(string key) => values.TryGetValue(key, out var entry) && entry.Value.Length > 0 ? entry.Value : null;
        int LineOf(string key) => values.TryGetValue(key, out var entry) ? entry.Line : yaml.Line;

        var type = Get(Type) ?? throw context.Error(LineOf(Type), $"parameter -{parameterName}: yaml has no 'Type:' value");
        var position = Get(Position) ?? "Named";
        if (!position.Equals("Named", StringComparison.OrdinalIgnoreCase) && !(int.TryParse(position, out var index) && index >= 0))
        {
            throw context.Error(LineOf(Position), $"parameter -{parameterName}: Position must be 'Named' or a number, not '{position}'");
        }
        var pipeline = Get(PipelineInput) ?? "False";
        if (!PipelineInputValue().IsMatch(pipeline))
        {
            throw context.Error(LineOf(PipelineInput), $"parameter -{parameterName}: 'Accept pipeline input' must be False, True (ByValue), True (ByPropertyName) or True (ByValue, ByPropertyName), not '{pipeline}'");
        }
        var sets = List(Get(ParameterSets));
        return new ParameterMetadata
        {
            Type = type,
            ParameterSets = sets.Count == 0 ? [HelpParameter.AllParameterSets] : sets,
            Aliases = List(Get(Aliases)),
            AcceptedValues = List(Get(AcceptedValues)),
            Required = Boolean(context, Get(Required), LineOf(Required), Required, parameterName),
            Position = position,
            DefaultValue = Get(DefaultValue),
            PipelineInput = pipeline,
            Globbing = Boolean(context, Get(Wildcards), LineOf(Wildcards), Wildcards, parameterName),
            Line = yaml.Line,
        };
    }

    private static IReadOnlyList<string> List(string? value) =>
        value == null ? [] : value.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToList();

    private static bool Boolean(PageContext context, string? value, int line, string key, string parameterName)
    {
        if (value == null)
        {
            return false;
        }
        return bool.TryParse(value, out var result)
            ? result
            : throw context.Error(line, $"parameter -{parameterName}: '{key}' must be True or False, not '{value}'");
    }
}
