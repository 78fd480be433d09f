using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>Audit entries (celigo-api.md §5.11) for the last 30 days, ids ascending with time.</summary>
internal sealed partial class Seeder
{
    private void SeedAudit()
    {
        var actors = new List<JsonObject> { new() { ["_id"] = SeedIds.OwnerUser, ["name"] = "Olivia Owner", ["email"] = SeedIds.OwnerEmail } };
        actors.AddRange(_s.Ashares.All.Where(a => (string?)a["accessLevel"] is "administrator" or "manage")
            .Select(a => new JsonObject { ["_id"] = (string)a["sharedWithUser"]!["_id"]!, ["name"] = (string)a["sharedWithUser"]!["name"]!, ["email"] = (string)a["sharedWithUser"]!["email"]! }));

        var events = new List<(DateTime Time, JsonObject Entry)>();
        void Add(string resourceType, string resourceId, string @event, JsonObject? change, string source = "ui")
        {
            var time = Dates.ToMillisecond(_now - TimeSpan.FromMinutes(_rng.Next(60, 30 * 24 * 60)) - TimeSpan.FromMilliseconds(_rng.Next(1000)));
            var entry = new JsonObject
            {
                ["time"] = Dates.Iso(time),
                ["byUser"] = actors[_rng.Next(actors.Count)].DeepClone(),
                ["source"] = source,
                ["resourceType"] = resourceType,
                ["_resourceId"] = resourceId,
                ["event"] = @event,
            };
            // The documented shape: an array of changes (celigo-api.md §9, DOCS audit sample, Celigo's UI).
            if (change is not null) entry["fieldChanges"] = new JsonArray(change);
            events.Add((time, entry));
        }
        JsonObject Change(string path, JsonNode? oldValue, JsonNode? newValue) =>
            new() { ["fieldPath"] = path, ["oldValue"] = oldValue, ["newValue"] = newValue };

        foreach (var flow in _s.Flows.All)
        {
            var id = (string)flow["_id"]!;
            Add("flow", id, "update", Change("schedule", "? 0 * ? * *", (string?)flow["schedule"]));
            Add("flow", id, "update", Change("disabled", true, (bool)flow["disabled"]!));
        }
        foreach (var export in _s.Exports.All) Add("export", (string)export["_id"]!, "update", Change("name", "New export", (string)export["name"]!));
        foreach (var import in _s.Imports.All) Add("import", (string)import["_id"]!, "update", Change("ignoreExisting", true, false), source: "api");
        foreach (var connection in _s.Connections.All) Add("connection", (string)connection["_id"]!, "update", Change("offline", false, (bool)connection["offline"]!), source: "system");
        foreach (var integration in _s.Integrations.All) Add("integration", (string)integration["_id"]!, "update", Change("settings.notifyOnError", false, true));
        foreach (var script in _s.Scripts.All) Add("script", (string)script["_id"]!, "update", Change("content", "// draft", "// v2"));
        foreach (var user in _s.Ashares.All) Add("ashare", (string)user["_id"]!, "create", null);

        foreach (var (_, entry) in events.OrderBy(e => e.Time))
        {
            var doc = new JsonObject { ["_id"] = _s.Ids.Next() };
            foreach (var (key, value) in entry.ToList())
            {
                entry.Remove(key);
                doc[key] = value;
            }
            _s.Audit.Add(doc);
        }
    }
}
