using System.Text;
using System.Text.RegularExpressions;

namespace CeligoPS.HelpBuilder.Markdown;

/// <summary>
/// Turns inline markdown into the plain text Get-Help prints: emphasis markers and link brackets go,
/// inline code stays exactly as written (backticks included, as PowerShell's own help shows it), and an
/// absolute link keeps its address in parentheses so a console reader can still follow it.
/// </summary>
internal static partial class InlineMarkdown
{
    // Pieces that must survive the emphasis pass untouched (code, escapes, rendered links) are swapped for
    // private-use placeholders first; the placeholders contain no '*', '_' or spaces, so no regex below
    // can match inside or across them in a way that changes them.
    private const char Open = '\uE000';
    private const char Close = '\uE001';

    [GeneratedRegex(@"\*\*(?=\S)(.+?)(?<=\S)\*\*")]
    private static partial Regex StrongStars();

    [GeneratedRegex(@"(?<![\w_])__(?=\S)(.+?)(?<=\S)__(?![\w_])")]
    private static partial Regex StrongUnderscores();

    [GeneratedRegex(@"(?<![*\w])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![*\w])")]
    private static partial Regex EmphasisStars();

    [GeneratedRegex(@"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")]
    private static partial Regex EmphasisUnderscores();

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Plain text of one paragraph or list item whose lines are already joined.</summary>
    public static string ToPlainText(string markdown)
    {
        var kept = new List<string>();
        var text = Protect(markdown, kept);
        text = StrongStars().Replace(text, "$1");
        text = StrongUnderscores().Replace(text, "$1");
        text = EmphasisStars().Replace(text, "$1");
        text = EmphasisUnderscores().Replace(text, "$1");
        text = Placeholder().Replace(text, m => kept[int.Parse(m.Groups[1].Value)]);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static string Protect(string text, List<string> kept)
    {
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '`' && TryCodeSpan(text, i, out var end))
            {
                sb.Append(Keep(kept, text[i..end]));
                i = end;
            }
            else if (c == '\\' && i + 1 < text.Length && IsEscapable(text[i + 1]))
            {
                sb.Append(Keep(kept, text[i + 1].ToString()));
                i += 2;
            }
            else if (c == '<' && TryAutolink(text, i, out end, out var address))
            {
                sb.Append(Keep(kept, address));
                i = end;
            }
            else if ((c == '[' || (c == '!' && i + 1 < text.Length && text[i + 1] == '[')) && TryLink(text, c == '!' ? i + 1 : i, out end, out var label, out var target))
            {
                sb.Append(Keep(kept, c == '!' ? ToPlainText(label) : LinkText(ToPlainText(label), target)));
                i = end;
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }
        return sb.ToString();
    }

    // Markdown escapes only ASCII punctuation; a backslash before anything else (C:\Temp) is literal.
    private static bool IsEscapable(char c) => c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c));

    private static string Keep(List<string> kept, string value)
    {
        kept.Add(value);
        return $"{Open}{kept.Count - 1}{Close}";
    }

    /// <summary>A link to a page on the web keeps its address; a link to another markdown page is just its text.</summary>
    private static string LinkText(string label, string target)
    {
        if (!IsAbsoluteWebUri(target) || string.Equals(label, target, StringComparison.Ordinal))
        {
            return label.Length > 0 ? label : target;
        }
        return $"{label} ({target})";
    }

    public static bool IsAbsoluteWebUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool TryCodeSpan(string text, int start, out int end)
    {
        var run = 0;
        while (start + run < text.Length && text[start + run] == '`')
        {
            run++;
        }
        var search = start + run;
        while (search < text.Length)
        {
            var close = text.IndexOf('`', search);
            if (close < 0)
            {
                break;
            }
            var closeRun = 0;
            while (close + closeRun < text.Length && text[close + closeRun] == '`')
            {
                closeRun++;
            }
            if (closeRun == run)
            {
                end = close + closeRun;
                return true;
            }
            search = close + closeRun;
        }
        end = start;
        return false;
    }

    private static bool TryAutolink(string text, int start, out int end, out string address)
    {
        var close = text.IndexOf('>', start);
        address = close > start ? text[(start + 1)..close] : "";
        end = close + 1;
        return close > start && !address.Contains(' ') && IsAbsoluteWebUri(address);
    }

    /// <summary>[label](target "title") with balanced brackets in the label; reference links [label][ref] too.</summary>
    private static bool TryLink(string text, int start, out int end, out string label, out string target)
    {
        end = start;
        label = target = "";
        var depth = 0;
        var close = -1;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == '[')
            {
                depth++;
            }
            else if (text[i] == ']' && --depth == 0)
            {
                close = i;
                break;
            }
        }
        if (close < 0 || close + 1 >= text.Length)
        {
            return false;
        }
        label = text[(start + 1)..close];
        if (text[close + 1] == '[')
        {
            var refEnd = text.IndexOf(']', close + 1);
            end = refEnd < 0 ? start : refEnd + 1;
            return refEnd > 0;
        }
        if (text[close + 1] != '(')
        {
            return false;
        }
        var paren = text.IndexOf(')', close + 1);
        if (paren < 0)
        {
            return false;
        }
        var inside = text[(close + 2)..paren].Trim();
        var space = inside.IndexOfAny([' ', '\t']);
        target = (space < 0 ? inside : inside[..space]).Trim('<', '>');
        end = paren + 1;
        return true;
    }
}
