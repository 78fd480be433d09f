using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using CeligoPS.Base;
using CeligoPS.Client.Http;

namespace CeligoPS.Commands.Account
{
    /// <summary>
    /// Calls any integrator.io API path with the session's token, retries and rate limit: the way to use
    /// what no other command covers yet. JSON answers come back as PowerShell objects; -All follows pages.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CeligoRestMethod", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PSObject), typeof(string))]
    public sealed class InvokeCeligoRestMethodCommand : CeligoCmdlet
    {
        [Parameter]
        [ValidateSet("GET", "POST", "PUT", "PATCH", "DELETE", IgnoreCase = true)]
        public string Method { get; set; } = "GET";

        /// <summary>An API path such as /v1/flows or flows/{id}/descendants (the /v1 is added when missing).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Query string values.</summary>
        [Parameter]
        public Hashtable? Query { get; set; }

        /// <summary>The request body: a hashtable or object (sent as JSON), or a JSON string.</summary>
        [Parameter]
        public object? Body { get; set; }

        /// <summary>Follows the answer's pages (Link header or nextPageURL) and returns every item.</summary>
        [Parameter]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            var method = new HttpMethod(Method.ToUpperInvariant());
            var path = PathWithQuery();
            if (method != HttpMethod.Get && !ShouldProcess(path, method.Method))
            {
                return;
            }
            byte[]? body;
            try
            {
                body = Body == null ? null : PSJson.FromJsonText(Body);
            }
            catch (ArgumentException e)
            {
                ReportFailure(new ArgumentException($"-Body: {e.Message}", e), Body);
                return;
            }
            var request = new ApiRequest(method, path, body);
            Run(async (output, ct) =>
            {
                if (!All)
                {
                    Emit(await Client.SendAsync(request, ct), output, unwrapPages: false);
                    return;
                }
                await foreach (var page in Client.SendPagedAsync(request, ct))
                {
                    Emit(page, output, unwrapPages: true);
                }
            }, path);
        }

        private string PathWithQuery()
        {
            var path = Path!.Trim();
            if (!HttpUrl.TryParse(path, out _) && !path.TrimStart('/').StartsWith("v1/", StringComparison.OrdinalIgnoreCase))
            {
                path = "/v1/" + path.TrimStart('/');
            }
            var query = new QueryBuilder();
            foreach (DictionaryEntry entry in Query ?? new Hashtable())
            {
                var value = PipeBind.Unwrap(entry.Value);
                var values = value is IEnumerable list && !(value is string) ? list.Cast<object>() : new[] { value };
                query.AddEach(entry.Key.ToString()!, values.Select(v => v is DateTime d ? IsoDate.Format(d) : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)!));
            }
            return query.AppendTo(path);
        }

        /// <summary>JSON becomes PowerShell values; with -All, a page's list is returned item by item.</summary>
        private static void Emit(ApiResponse response, AsyncOutput output, bool unwrapPages)
        {
            if (response.IsEmpty)
            {
                return;
            }
            if (response.MediaType?.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                output.Object(Encoding.UTF8.GetString(response.Body));
                return;
            }
            using var doc = JsonDocument.Parse(response.Body);
            var root = doc.RootElement;
            if (unwrapPages && ListOf(root) is { } items)
            {
                root = items;
            }
            if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in root.EnumerateArray())
                {
                    output.Object(PSObjectFactory.ToPowerShell(item)!);
                }
                return;
            }
            output.Object(PSObjectFactory.ToPowerShell(root)!);
        }

        /// <summary>A body-paged answer holds its items in its one array property (errors, resolved, data, jobs...).</summary>
        private static JsonElement? ListOf(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var arrays = root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).ToList();
            return arrays.Count == 1 ? arrays[0].Value : (JsonElement?)null;
        }
    }
}
