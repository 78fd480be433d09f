using System.Xml.Linq;

namespace CeligoPS.HelpBuilder.Writing;

/// <summary>The XML namespaces of PowerShell's MAML command help.</summary>
internal static class MamlNames
{
    public static readonly XNamespace Msh = "http://msh";
    public static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    public static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    public static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    public static readonly XNamespace MSHelp = "http://msdn.microsoft.com/mshelp";

    /// <summary>The prefix declarations every command:command element carries, as PlatyPS writes them.</summary>
    public static IEnumerable<XAttribute> Declarations() =>
    [
        new(XNamespace.Xmlns + "maml", Maml),
        new(XNamespace.Xmlns + "command", Command),
        new(XNamespace.Xmlns + "dev", Dev),
        new(XNamespace.Xmlns + "MSHelp", MSHelp),
    ];
}
