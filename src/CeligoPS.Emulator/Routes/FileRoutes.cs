using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Template downloads. <c>GET /v1/{integrations|flows}/{id}/template</c> answers <c>{"signedURL"}</c>;
/// the URL points back at the emulator (<c>/emulator/files/{id}.zip</c>) and, like an S3 signed URL,
/// needs no Authorization header. The zip holds the resource and its descendants as JSON.
/// </summary>
internal static class FileRoutes
{
    public static ApiResponse SignedUrl(HttpContext http, string id)
    {
        var r = http.Request;
        var expires = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds();
        var url = $"{r.Scheme}://{r.Host}/emulator/files/{id}.zip?Expires={expires}&Signature=emulator";
        return ApiResponse.Json(new JsonObject { ["signedURL"] = url });
    }

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/emulator/files/{name}", (string name) => s.Locked(() =>
        {
            var id = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
            var docs = new List<(string Folder, JsonObject Doc)>();
            if (s.Integrations.Find(id) is { } integration)
            {
                docs.Add(("integrations", integration));
                var flows = Scope.FlowsOf(s, id).ToList();
                docs.AddRange(flows.Select(f => ("flows", f)));
                AddSteps(flows);
            }
            else if (s.Flows.Find(id) is { } flow)
            {
                docs.Add(("flows", flow));
                AddSteps([flow]);
            }
            else
            {
                throw ApiError.NotFound("File", name);
            }
            return ApiResponse.Bytes(Zip(docs), "application/zip");

            void AddSteps(IEnumerable<JsonObject> flows)
            {
                var (exports, imports) = Scope.StepsOf(s, flows);
                docs.AddRange(exports.Select(e => ("exports", e)));
                docs.AddRange(imports.Select(i => ("imports", i)));
            }
        }));
    }

    private static byte[] Zip(List<(string Folder, JsonObject Doc)> docs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (folder, doc) in docs)
            {
                var entry = zip.CreateEntry($"{folder}/{(string)doc["_id"]!}.json", CompressionLevel.Fastest);
                using var stream = entry.Open();
                var json = doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                stream.Write(Encoding.UTF8.GetBytes(json));
            }
        }
        return buffer.ToArray();
    }
}
