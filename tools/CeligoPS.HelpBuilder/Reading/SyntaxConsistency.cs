namespace CeligoPS.HelpBuilder.Reading;

/// <summary>
/// Compares the SYNTAX lines with the parameter metadata. PlatyPS ignores SYNTAX when it builds MAML,
/// so a page edited by hand can drift; these are warnings because the MAML is built from the metadata.
/// </summary>
internal static class SyntaxConsistency
{
    public static void Check(PageContext context, IReadOnlyList<SyntaxBlock> syntax, IReadOnlyList<HelpParameter> parameters)
    {
        var named = syntax.Where(s => !s.AppliesToAllSets).ToList();
        foreach (var parameter in parameters)
        {
            foreach (var set in parameter.ParameterSets.Where(s => !HelpParameter.IsAllSets(s)))
            {
                if (named.Count > 0 && !named.Any(s => s.ParameterSetName.Equals(set, StringComparison.OrdinalIgnoreCase)))
                {
                    context.Warn(parameter.Line, $"parameter -{parameter.Name} names set '{set}', which has no SYNTAX entry");
                }
            }
        }
        foreach (var block in syntax)
        {
            foreach (var name in block.ParameterNames)
            {
                var parameter = parameters.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (parameter == null)
                {
                    context.Warn(block.Line, $"SYNTAX '{block.ParameterSetName}' lists -{name}, which has no '### -{name}' section");
                }
                else if (!block.AppliesToAllSets && parameter.ForSet(block.ParameterSetName) == null)
                {
                    context.Warn(block.Line, $"SYNTAX '{block.ParameterSetName}' lists -{name}, but its metadata does not put it in that set");
                }
            }
            foreach (var parameter in parameters)
            {
                var inSet = block.AppliesToAllSets || parameter.ForSet(block.ParameterSetName) != null;
                if (inSet && !block.ParameterNames.Contains(parameter.Name, StringComparer.OrdinalIgnoreCase))
                {
                    context.Warn(block.Line, $"SYNTAX '{block.ParameterSetName}' does not list -{parameter.Name}, which its metadata puts in that set");
                }
            }
        }
    }
}
