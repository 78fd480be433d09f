namespace CeligoPS.Emulator.State;

/// <summary>
/// Server-generated <c>tagId</c> codes: five upper-case letters and digits like the real ones
/// ("F3ZBQ", celigo-api.md §4.7/§4.9), unique within the account, drawn from the seeded random
/// source so runs repeat. Callers hold the state lock.
/// </summary>
internal static class TagCodes
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static string Next(AccountState s)
    {
        var taken = s.Tags.All.Select(t => (string?)t["tagId"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
        while (true)
        {
            var code = string.Concat(Enumerable.Range(0, 5).Select(_ => Alphabet[s.Ids.Random.Next(Alphabet.Length)]));
            if (taken.Add(code)) return code;
        }
    }
}
