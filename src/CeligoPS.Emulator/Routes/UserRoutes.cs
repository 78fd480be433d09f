using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Inviting and managing users (celigo-api.md §4.10; UI, CLI, AI). Access records (<c>ashares</c>) are
/// addressed by their own id, not the user's.
/// <list type="bullet">
/// <item><c>POST /v1/invite</c> B <c>{email, accessLevel?, integrationAccessLevel?: [{_integrationId, accessLevel}]}</c>
/// → 201 with the new access record (not yet accepted); 400 <c>user_exists</c> when the email already has access.</item>
/// <item><c>PUT /v1/ashares/{id}</c> → the stored record: only <c>accessLevel</c> and <c>integrationAccessLevel</c> change.</item>
/// <item><c>PUT /v1/ashares/{id}/disable</c> B <c>{}</c> → 204, a <b>toggle</b>: disables an enabled user and enables a disabled one (CLI uses it both ways).</item>
/// <item><c>PUT /v1/ashares/{id}/reinvite</c> → 204; 400 for a user who has accepted.</item>
/// <item><c>DELETE /v1/ashares/{id}</c> → 204.</item>
/// </list>
/// </summary>
internal static class UserRoutes
{
    private static readonly string[] Levels = ["administrator", "manage", "monitor"];

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPost("/v1/invite", async (HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var email = body["email"] is JsonValue v && v.TryGetValue(out string? e) && e.Contains('@') ? e.Trim()
                : throw ApiError.InvalidField("email is required: the address to invite.", "email");
            var access = Access(body);
            return s.Locked(() =>
            {
                if (AccountUsers.FindEmail(s, email) is { } existing)
                    throw new ApiError(400, "user_exists", $"{existing} already has access to this account.", "email");
                var (created, modified) = (Dates.Iso(s.Now()), Dates.Iso(s.Now()));
                var doc = new JsonObject { ["_id"] = s.Ids.Next() };
                foreach (var (key, value) in access) doc[key] = value?.DeepClone();
                doc["accepted"] = false;
                doc["disabled"] = false;
                doc["sharedWithUser"] = new JsonObject { ["_id"] = s.Ids.Next(), ["email"] = email, ["name"] = "" };
                doc["createdAt"] = created;
                doc["lastModified"] = modified;
                s.Ashares.Add(doc);
                emu.Counters.DocumentCreated("ashares");
                return ApiResponse.Json(doc, 201);
            });
        });

        app.MapPut("/v1/ashares/{id}", async (string id, HttpContext http) =>
        {
            var access = Access(await JsonBody.ReadObjectAsync(http));
            return s.Locked(() =>
            {
                var doc = s.Ashares.Get(id).DeepClone().AsObject();
                doc.Remove("accessLevel");
                doc.Remove("integrationAccessLevel");
                foreach (var (key, value) in access) doc[key] = value?.DeepClone();
                doc["lastModified"] = Dates.Iso(s.Now());
                s.Ashares.Replace(doc);
                return ApiResponse.Json(doc);
            });
        });

        app.MapPut("/v1/ashares/{id}/disable", (string id) => s.Locked(() =>
        {
            var doc = s.Ashares.Get(id);
            doc["disabled"] = (bool?)doc["disabled"] != true;
            doc["lastModified"] = Dates.Iso(s.Now());
            return ApiResponse.NoContent();
        }));

        app.MapPut("/v1/ashares/{id}/reinvite", (string id) => s.Locked(() =>
        {
            var doc = s.Ashares.Get(id);
            if ((bool?)doc["accepted"] == true)
                throw new ApiError(400, "invalid_field", "The user has accepted the invitation already.", "accepted");
            emu.Counters.DocumentCreated("invitations");
            return ApiResponse.NoContent();
        }));

        app.MapDelete("/v1/ashares/{id}", (string id) => s.Locked(() =>
        {
            s.Ashares.Get(id);
            s.Ashares.Remove(id);
            return ApiResponse.NoContent();
        }));
    }

    /// <summary>The access a body asks for: an account-wide level, or levels per integration (one of the two).</summary>
    private static JsonObject Access(JsonObject body)
    {
        var access = new JsonObject();
        if (body["accessLevel"] is { } level)
        {
            if (level is not JsonValue lv || !lv.TryGetValue(out string? text) || !Levels.Contains(text))
                throw ApiError.InvalidField($"accessLevel must be one of {string.Join(", ", Levels)}.", "accessLevel");
            access["accessLevel"] = text;
        }
        if (body["integrationAccessLevel"] is JsonArray perIntegration && perIntegration.Count > 0)
        {
            foreach (var item in perIntegration)
                if (item is not JsonObject o || (string?)o["_integrationId"] is null || (string?)o["accessLevel"] is not ("manage" or "monitor"))
                    throw ApiError.InvalidField("integrationAccessLevel entries are {_integrationId, accessLevel: manage|monitor}.", "integrationAccessLevel");
            access["integrationAccessLevel"] = perIntegration.DeepClone();
        }
        if (access.Count == 0)
            throw ApiError.InvalidField("Give accessLevel (administrator, manage, monitor) or integrationAccessLevel.", "accessLevel");
        return access;
    }
}
