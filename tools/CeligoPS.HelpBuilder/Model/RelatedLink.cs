namespace CeligoPS.HelpBuilder;

/// <summary>
/// A RELATED LINKS entry. Uri is as written: a web address, a relative markdown link such as
/// "Get-CeligoError.md", or empty for a plain-text entry.
/// </summary>
public sealed record RelatedLink(string Text, string Uri)
{
    /// <summary>True for http(s) addresses; only those reach the MAML (Get-Help -Online needs a real URI).</summary>
    public bool IsWebAddress => Markdown.InlineMarkdown.IsAbsoluteWebUri(Uri);
}
