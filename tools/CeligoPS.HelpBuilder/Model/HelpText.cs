namespace CeligoPS.HelpBuilder;

/// <summary>What a help paragraph is, which decides how MAML and about topics lay it out.</summary>
public enum HelpParagraphKind
{
    /// <summary>Running text, soft line breaks already joined.</summary>
    Text,

    /// <summary>A list item; <see cref="HelpParagraph.Marker"/> is "-" or "1." and so on.</summary>
    ListItem,

    /// <summary>Lines shown exactly as written: a code block or a table.</summary>
    Verbatim,
}

/// <summary>One paragraph of help text, already stripped of markdown markup.</summary>
public sealed record HelpParagraph(HelpParagraphKind Kind, string Text, string Marker = "", int Depth = 0)
{
    /// <summary>The text as one MAML para shows it: list items keep their marker, indented by nesting depth.</summary>
    public string DisplayText => Kind == HelpParagraphKind.ListItem ? $"{new string(' ', Depth * 2)}{Marker} {Text}" : Text;
}

/// <summary>The body of a help section (synopsis, description, notes, a parameter's description...).</summary>
public sealed class HelpText
{
    public static readonly HelpText Empty = new([]);

    public HelpText(IReadOnlyList<HelpParagraph> paragraphs)
    {
        Paragraphs = paragraphs;
    }

    public IReadOnlyList<HelpParagraph> Paragraphs { get; }

    public bool IsEmpty => Paragraphs.Count == 0;

    /// <summary>All paragraphs as plain text, separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.DisplayText));

    public override string ToString() => Text;
}
