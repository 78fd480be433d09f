using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Who counts as a user of the account: the owner (the token's user, not listed in <c>/v1/ashares</c>)
/// and everyone with an access record (<c>sharedWithUser</c>), celigo-api.md §4.10/§5.10. Emails
/// compare case-insensitively. Callers hold the state lock.
/// </summary>
internal static class AccountUsers
{
    /// <summary>The stored spelling of <paramref name="email"/>, or null when nobody in the account has it.</summary>
    public static string? FindEmail(AccountState s, string email)
    {
        if (string.Equals(email, SeedIds.OwnerEmail, StringComparison.OrdinalIgnoreCase)) return SeedIds.OwnerEmail;
        return Users(s).Select(u => u.Email).FirstOrDefault(e => string.Equals(e, email, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The email of a user id (<c>sharedWithUser._id</c> or the owner's id), or null.</summary>
    public static string? EmailOfUserId(AccountState s, string userId) =>
        userId == SeedIds.OwnerUser ? SeedIds.OwnerEmail : Users(s).FirstOrDefault(u => u.Id == userId).Email;

    private static IEnumerable<(string? Id, string? Email)> Users(AccountState s) =>
        s.Ashares.All.Select(a => a["sharedWithUser"] as JsonObject).OfType<JsonObject>()
            .Select(u => (Text(u["_id"]), Text(u["email"])));

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? text) ? text : null;
}
