using System.Text;
using System.Xml;
using System.Xml.Linq;
using CeligoPS.HelpBuilder.Writing;
using static CeligoPS.HelpBuilder.Writing.MamlNames;

namespace CeligoPS.HelpBuilder;

/// <summary>
/// Writes the MAML file (CeligoPS.dll-Help.xml) Get-Help reads for a binary module's cmdlets, element
/// for element in the shape PlatyPS's New-ExternalHelp gives it.
/// </summary>
public static class MamlWriter
{
    /// <summary>The link text PowerShell (and PlatyPS) use for the address Get-Help -Online opens.</summary>
    public const string OnlineVersionLinkText = "Online Version:";

    public static XDocument ToDocument(IEnumerable<HelpPage> pages) =>
        new(new XDeclaration("1.0", "utf-8", null),
            new XElement(Msh + "helpItems", new XAttribute("schema", "maml"), pages.Select(CommandElement)));

    public static void Write(IEnumerable<HelpPage> pages, string path)
    {
        using var stream = File.Create(path);
        Save(ToDocument(pages), stream);
    }

    public static string ToXml(IEnumerable<HelpPage> pages)
    {
        using var stream = new MemoryStream();
        Save(ToDocument(pages), stream);
        return new UTF8Encoding(false).GetString(stream.ToArray()).TrimStart('\uFEFF');
    }

    private static void Save(XDocument document, Stream stream)
    {
        // UTF-8 with a byte order mark, as PlatyPS writes it; "\n" line ends so the file is the same on every OS.
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(true),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var writer = XmlWriter.Create(stream, settings);
        document.Save(writer);
    }

    private static XElement CommandElement(HelpPage page) =>
        new(Command + "command",
            Declarations(),
            new XElement(Command + "details",
                new XElement(Command + "name", page.Name),
                new XElement(Command + "verb", page.Verb),
                new XElement(Command + "noun", page.Noun),
                new XElement(Maml + "description", MamlParagraphs.From(page.Synopsis))),
            new XElement(Maml + "description", MamlParagraphs.From(page.Description)),
            new XElement(Command + "syntax", MamlSyntax.Items(page).Select(item =>
                new XElement(Command + "syntaxItem",
                    new XElement(Maml + "name", page.Name),
                    item.Select(p => Parameter(p.Parameter, p.Metadata, inSyntax: true))))),
            new XElement(Command + "parameters", page.Parameters.Select(p => Parameter(p, p.Metadata[0], inSyntax: false))),
            new XElement(Command + "inputTypes", page.Inputs.Select(t => TypeEntry("inputType", t))),
            new XElement(Command + "returnValues", page.Outputs.Select(t => TypeEntry("returnValue", t))),
            new XElement(Maml + "alertSet", new XElement(Maml + "alert", MamlParagraphs.From(page.Notes))),
            new XElement(Command + "examples", page.Examples.Select(Example)),
            new XElement(Command + "relatedLinks", Links(page).Select(Link)));

    private static XElement Parameter(HelpParameter parameter, ParameterMetadata metadata, bool inSyntax)
    {
        var type = parameter.IsSwitch ? "SwitchParameter" : metadata.Type;
        return new XElement(Command + "parameter",
            new XAttribute("required", metadata.Required),
            new XAttribute("variableLength", true),
            new XAttribute("globbing", metadata.Globbing),
            new XAttribute("pipelineInput", metadata.PipelineInput),
            new XAttribute("position", metadata.Position.ToLowerInvariant()),
            new XAttribute("aliases", metadata.Aliases.Count > 0 ? string.Join(", ", metadata.Aliases) : "none"),
            new XElement(Maml + "name", parameter.Name),
            new XElement(Maml + "description", MamlParagraphs.From(parameter.Description)),
            // Accepted values are listed in the syntax only; Get-Help shows them as {a | b | c}.
            inSyntax && metadata.AcceptedValues.Count > 0
                ? new XElement(Command + "parameterValueGroup", metadata.AcceptedValues.Select(v =>
                    new XElement(Command + "parameterValue", new XAttribute("required", false), new XAttribute("variableLength", false), v)))
                : null,
            // A switch shows no value placeholder in the syntax ("-WhatIf", not "-WhatIf <SwitchParameter>").
            inSyntax && parameter.IsSwitch
                ? null
                : new XElement(Command + "parameterValue", new XAttribute("required", !parameter.IsSwitch), new XAttribute("variableLength", false), type),
            new XElement(Dev + "type", new XElement(Maml + "name", type), new XElement(Maml + "uri")),
            new XElement(Dev + "defaultValue", DefaultValue(parameter, metadata)));
    }

    private static string DefaultValue(HelpParameter parameter, ParameterMetadata metadata) =>
        parameter.IsSwitch && (string.IsNullOrEmpty(metadata.DefaultValue) || metadata.DefaultValue.Equals("None", StringComparison.OrdinalIgnoreCase))
            ? "False"
            : metadata.DefaultValue ?? "None";

    private static XElement TypeEntry(string element, HelpTypeEntry entry) =>
        new(Command + element,
            new XElement(Dev + "type", new XElement(Maml + "name", entry.TypeName)),
            new XElement(Maml + "description", MamlParagraphs.From(entry.Description)));

    private static XElement Example(HelpExample example) =>
        new(Command + "example",
            new XElement(Maml + "title", ExampleTitle.Pad(example.Title)),
            new XElement(Dev + "code", example.Code),
            new XElement(Dev + "remarks", MamlParagraphs.From(example.Remarks)));

    /// <summary>
    /// The page's links, led by its "online version" address unless the first link already is it (what
    /// PlatyPS does, and what makes Get-Help -Online work).
    /// </summary>
    private static IEnumerable<RelatedLink> Links(HelpPage page)
    {
        if (page.OnlineVersion is { } online && Markdown.InlineMarkdown.IsAbsoluteWebUri(online)
            && (page.RelatedLinks.Count == 0 || page.RelatedLinks[0].Uri != online))
        {
            yield return new RelatedLink(OnlineVersionLinkText, online);
        }
        foreach (var link in page.RelatedLinks)
        {
            yield return link;
        }
    }

    // Get-Help rejects a uri that is not absolute, so a link to another markdown page keeps only its text.
    private static XElement Link(RelatedLink link) =>
        new(Maml + "navigationLink",
            new XElement(Maml + "linkText", link.Text),
            new XElement(Maml + "uri", link.IsWebAddress ? link.Uri : ""));
}
