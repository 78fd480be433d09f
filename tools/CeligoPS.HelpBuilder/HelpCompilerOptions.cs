namespace CeligoPS.HelpBuilder;

/// <summary>What to compile and where; built from the command line by <see cref="Parse"/>.</summary>
public sealed class HelpCompilerOptions
{
    public const string Usage =
        "usage: CeligoPS.HelpBuilder --docs <folder with *.md> --out <folder> --module <ModuleName>\n" +
        "                            [--assembly <Module.dll>] [--about-width <columns>] [--warnings-as-errors]\n" +
        "  Writes <out>/<assembly>-Help.xml (MAML for every cmdlet page) and <out>/about_*.help.txt\n" +
        "  for every about_*.md topic. --assembly defaults to <ModuleName>.dll.";

    public required string DocsFolder { get; init; }

    public required string OutputFolder { get; init; }

    public required string ModuleName { get; init; }

    /// <summary>The cmdlet assembly's file name; PowerShell looks for "&lt;assembly&gt;-Help.xml".</summary>
    public required string AssemblyFileName { get; init; }

    public int AboutWidth { get; init; } = AboutTopicWriter.DefaultWidth;

    public bool WarningsAsErrors { get; init; }

    public string MamlFileName => AssemblyFileName + "-Help.xml";

    /// <summary>Reads the command line; throws <see cref="ArgumentException"/> with the reason when it is wrong.</summary>
    public static HelpCompilerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var warningsAsErrors = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name.Equals("--warnings-as-errors", StringComparison.OrdinalIgnoreCase))
            {
                warningsAsErrors = true;
            }
            else if (name is "--docs" or "--out" or "--module" or "--assembly" or "--about-width")
            {
                if (i + 1 >= args.Count)
                {
                    throw new ArgumentException($"{name} needs a value");
                }
                values[name] = args[++i];
            }
            else
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }
        }
        string Required(string name) => values.TryGetValue(name, out var value) && value.Length > 0
            ? value
            : throw new ArgumentException($"{name} is required");

        var module = Required("--module");
        var width = AboutTopicWriter.DefaultWidth;
        if (values.TryGetValue("--about-width", out var widthText) && (!int.TryParse(widthText, out width) || width < 40))
        {
            throw new ArgumentException($"--about-width must be a number of columns of at least 40, not '{widthText}'");
        }
        return new HelpCompilerOptions
        {
            DocsFolder = Required("--docs"),
            OutputFolder = Required("--out"),
            ModuleName = module,
            AssemblyFileName = values.TryGetValue("--assembly", out var assembly) ? assembly : module + ".dll",
            AboutWidth = width,
            WarningsAsErrors = warningsAsErrors,
        };
    }
}
