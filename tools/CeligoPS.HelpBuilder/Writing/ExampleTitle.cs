namespace CeligoPS.HelpBuilder.Writing;

/// <summary>
/// Get-Help prints an example's title as a rule line. PlatyPS centres the heading text in dashes to
/// about 64 characters and leaves titles that long or longer alone; this does the same.
/// </summary>
internal static class ExampleTitle
{
    private const int Width = 64;

    public static string Pad(string title)
    {
        title = title.Trim();
        if (title.Length == 0 || title.Length >= Width - 2)
        {
            return title;
        }
        var dashes = new string('-', (Width - title.Length - 2) / 2);
        return $"{dashes} {title} {dashes}";
    }
}
