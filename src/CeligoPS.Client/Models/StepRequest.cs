using System;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// An HTTP request a flow step made: a row of its request log, or (read by key) the request with its
    /// response, as behind an error's <c>reqAndResKey</c> (celigo-api.md §4.2, §4.7).
    /// </summary>
    public sealed class StepRequest : CeligoObject
    {
        [JsonPropertyName("key")]
        public string? Key { get; set; }

        [JsonIgnore]
        public string FlowId { get; set; } = "";

        [JsonIgnore]
        public string StepId { get; set; } = "";

        /// <summary>When the request was made (the API sends epoch milliseconds).</summary>
        [JsonPropertyName("time")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? Time { get; set; }

        /// <summary>export, lookup or import.</summary>
        [JsonPropertyName("stage")]
        public string? Stage { get; set; }

        [JsonPropertyName("method")]
        public string? Method { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("statusCode")]
        public int? StatusCode { get; set; }

        [JsonPropertyName("durationMs")]
        public long? DurationMs { get; set; }

        /// <summary>What was sent; only when read by key.</summary>
        [JsonPropertyName("request")]
        public HttpMessage? Request { get; set; }

        /// <summary>What came back; only when read by key.</summary>
        [JsonPropertyName("response")]
        public HttpMessage? Response { get; set; }

        public override string ToString() => $"{Method} {Url} -> {StatusCode}";
    }

    /// <summary>One side of a logged HTTP exchange: its method and URL or status, its headers (secrets masked by the API), its body as text.</summary>
    public sealed class HttpMessage : CeligoObject
    {
        [JsonPropertyName("method")]
        public string? Method { get; set; }

        [JsonPropertyName("url")]
        public string? Url { get; set; }

        [JsonPropertyName("statusCode")]
        public int? StatusCode { get; set; }

        /// <summary>The body as text (a JSON body is kept as its JSON text).</summary>
        [JsonPropertyName("body")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Body { get; set; }

        public override string ToString() => Body ?? "";
    }
}
