using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// The file host behind the API's signed URLs: template zips (<c>GET /v1/{integrations|flows}/{id}/template</c>),
/// job diagnostics bundles and job files. A signed URL points back at the emulator under
/// <c>/emulator/files/</c> and, like an S3 signed URL, carries its authorization in the query: a request
/// that also sends an Authorization header is refused with 400, as S3 refuses two auth mechanisms
/// ("Only one auth mechanism allowed"), so a client that leaks the API token to the file host fails.
/// </summary>
internal static class FileRoutes
{
    /// <summary><c>{"signedURL"}</c> for a file under <c>/emulator/files/</c>.</summary>
    public static ApiResponse SignedUrl(HttpContext http, string file) => ApiResponse.Json(new JsonObject { ["signedURL"] = UrlOf(http, file) });

    public static string UrlOf(HttpContext http, string file)
    {
        var r = http.Request;
        var expires = DateTimeOffset.UtcNow.AddMinutes(15).ToUnixTimeSeconds();
        return $"{r.Scheme}://{r.Host}/emulator/files/{file}?Expires={expires}&Signature=emulator";
    }

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/emulator/files/{name}", (string name, HttpContext http) => Serve(http, () => s.Locked(() =>
        {
            var id = name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
            var docs = new List<(string Name, JsonNode Doc)>();
            if (s.Integrations.Find(id) is { } integration)
            {
                docs.Add(($"integrations/{id}.json", integration));
                var flows = Scope.FlowsOf(s, id).ToList();
                docs.AddRange(flows.Select(f => ($"flows/{(string)f["_id"]!}.json", (JsonNode)f)));
                AddSteps(flows);
            }
            else if (s.Flows.Find(id) is { } flow)
            {
                docs.Add(($"flows/{id}.json", flow));
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
                docs.AddRange(exports.Select(e => ($"exports/{(string)e["_id"]!}.json", (JsonNode)e)));
                docs.AddRange(imports.Select(i => ($"imports/{(string)i["_id"]!}.json", (JsonNode)i)));
            }
        })));

        // A job's diagnostics bundle: the job with its children and the open errors it left.
        app.MapGet("/emulator/files/diagnostics/{name}", (string name, HttpContext http) => Serve(http, () => s.Locked(() =>
        {
            var job = s.Jobs.Find(name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name) ?? throw ApiError.NotFound("File", name);
            var family = new JsonArray(s.Jobs.ChildrenOf(job.Id).Prepend(job).Select(j => (JsonNode?)j.Doc.DeepClone()).ToArray());
            var errors = new JsonArray(s.Errors.Values.SelectMany(e => e.Open.Items).Where(e => e.FlowJobId == job.Id).Select(e => (JsonNode?)e.Doc.DeepClone()).ToArray());
            return ApiResponse.Bytes(Zip([("job.json", family), ("errors.json", errors)]), "application/zip");
        })));

        // One job file, or (no file id) all of them in a zip.
        app.MapGet("/emulator/files/jobs/{jobId}/{name}", (string jobId, string name, HttpContext http) => Serve(http, () => s.Locked(() =>
        {
            var job = s.Jobs.Find(jobId) ?? throw ApiError.NotFound("File", name);
            var files = JobFiles.Of(job);
            if (name == "all.zip")
                return ApiResponse.Bytes(Zip(files.Select(f => ((string)f["name"]!, (JsonNode)JobFiles.Content(job, f))).ToList()), "application/zip");
            var file = files.FirstOrDefault(f => (string?)f["id"] == name) ?? throw ApiError.NotFound("File", name);
            return ApiResponse.Bytes(Encoding.UTF8.GetBytes(JobFiles.Content(job, file).ToJsonString()), "application/json");
        })));
    }

    private static ApiResponse Serve(HttpContext http, Func<ApiResponse> file) =>
        http.Request.Headers.Authorization.Count > 0
            ? ApiResponse.Bytes(Encoding.UTF8.GetBytes("<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature query string parameter or the Authorization header should be specified</Message></Error>"), "application/xml", 400)
            : file();

    private static byte[] Zip(IReadOnlyList<(string Name, JsonNode Doc)> docs)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, doc) in docs)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using var stream = entry.Open();
                var json = doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
                stream.Write(Encoding.UTF8.GetBytes(json));
            }
        }
        return buffer.ToArray();
    }
}
