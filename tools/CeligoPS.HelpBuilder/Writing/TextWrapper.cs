using System.Text;

namespace CeligoPS.HelpBuilder.Writing;

/// <summary>Word-wraps text to a width for plain-text help, with separate first-line and hanging indents.</summary>
internal static class TextWrapper
{
    public static IEnumerable<string> Wrap(string text, int width, string firstIndent, string restIndent)
    {
        var line = new StringBuilder(firstIndent);
        var empty = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // A word longer than the line stays whole on its own line rather than being cut.
            if (!empty && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear().Append(restIndent);
                empty = true;
            }
            if (!empty)
            {
                line.Append(' ');
            }
            line.Append(word);
            empty = false;
        }
        if (!empty)
        {
            yield return line.ToString();
        }
    }
}
