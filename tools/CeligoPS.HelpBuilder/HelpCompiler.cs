using CeligoPS.HelpBuilder.Reading;

namespace CeligoPS.HelpBuilder;

/// <summary>
/// The whole build: read every page of the docs folder, report every broken page (not just the first),
/// and only when all of them read write the MAML file and the about topics. Nothing is written on error,
/// so a stale help file cannot pass for a fresh one.
/// </summary>
public static class HelpCompiler
{
    public const int Succeeded = 0;
    public const int PagesInvalid = 1;
    public const int UsageOrIoError = 2;

    public static int Run(HelpCompilerOptions options, TextWriter output, TextWriter errors)
    {
        if (!Directory.Exists(options.DocsFolder))
        {
            errors.WriteLine($"error: docs folder '{options.DocsFolder}' does not exist");
            return UsageOrIoError;
        }
        var sources = HelpSourceFiles.Find(options.DocsFolder);
        if (sources.CommandPages.Count == 0 && sources.AboutTopics.Count == 0)
        {
            errors.WriteLine($"error: no markdown help (*.md) in '{options.DocsFolder}'");
            return PagesInvalid;
        }

        var failures = new List<HelpFormatException>();
        var pages = ReadAll(sources.CommandPages, MarkdownHelpReader.Read, failures);
        var topics = ReadAll(sources.AboutTopics, AboutTopicReader.Read, failures);
        failures.AddRange(Duplicates(pages));
        var warnings = pages.SelectMany(p => p.Warnings).Concat(topics.SelectMany(t => t.Warnings)).ToList();
        warnings.AddRange(FrontMatterMismatches(options, pages));

        foreach (var warning in warnings)
        {
            errors.WriteLine(warning);
        }
        foreach (var failure in failures)
        {
            errors.WriteLine(failure.Message);
        }
        if (failures.Count > 0 || (options.WarningsAsErrors && warnings.Count > 0))
        {
            errors.WriteLine($"error: help not built: {failures.Count} error(s), {warnings.Count} warning(s) in {options.DocsFolder}");
            return PagesInvalid;
        }

        try
        {
            Directory.CreateDirectory(options.OutputFolder);
            if (pages.Count > 0)
            {
                var mamlPath = Path.Combine(options.OutputFolder, options.MamlFileName);
                MamlWriter.Write(pages.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase), mamlPath);
                output.WriteLine($"{pages.Count} cmdlet page(s) -> {mamlPath}");
            }
            foreach (var topic in topics)
            {
                var aboutPath = Path.Combine(options.OutputFolder, AboutTopicWriter.FileNameFor(topic.SourcePath));
                AboutTopicWriter.Write(topic, aboutPath, options.AboutWidth);
                output.WriteLine($"{topic.Name} -> {aboutPath}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"error: cannot write help to '{options.OutputFolder}': {e.Message}");
            return UsageOrIoError;
        }
        return Succeeded;
    }

    private static List<T> ReadAll<T>(IEnumerable<string> paths, Func<string, T> read, List<HelpFormatException> failures)
    {
        var results = new List<T>();
        foreach (var path in paths)
        {
            try
            {
                results.Add(read(path));
            }
            catch (HelpFormatException e)
            {
                failures.Add(e);
            }
        }
        return results;
    }

    /// <summary>Two pages for one cmdlet would give Get-Help two entries with the same name.</summary>
    private static IEnumerable<HelpFormatException> Duplicates(IReadOnlyList<HelpPage> pages) =>
        pages.GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => new HelpFormatException(g.Last().SourcePath, 1, $"{g.Key} is also documented in {g.First().SourcePath}"));

    /// <summary>Front matter naming another module or help file means the page was generated for something else.</summary>
    private static IEnumerable<HelpDiagnostic> FrontMatterMismatches(HelpCompilerOptions options, IReadOnlyList<HelpPage> pages)
    {
        foreach (var page in pages)
        {
            if (page.Metadata.TryGetValue("external help file", out var helpFile) && !helpFile.Equals(options.MamlFileName, StringComparison.OrdinalIgnoreCase))
            {
                yield return new HelpDiagnostic(page.SourcePath, 1, $"front matter 'external help file: {helpFile}' differs from the file being built, {options.MamlFileName}");
            }
            if (page.Metadata.TryGetValue("Module Name", out var module) && !module.Equals(options.ModuleName, StringComparison.OrdinalIgnoreCase))
            {
                yield return new HelpDiagnostic(page.SourcePath, 1, $"front matter 'Module Name: {module}' is not {options.ModuleName}");
            }
        }
    }
}
