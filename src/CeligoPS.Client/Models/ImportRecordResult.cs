using System.Linq;
using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>What the target system did with one record sent through an import on its own (<c>POST /v1/imports/{id}/invoke</c>).</summary>
    public sealed class ImportRecordResult : CeligoObject
    {
        /// <summary>The import the record went through (set by the client).</summary>
        [JsonIgnore]
        public string ImportId { get; set; } = "";

        /// <summary>The record's position in what was sent, from 0 (set by the client).</summary>
        [JsonIgnore]
        public int Index { get; set; }

        [JsonPropertyName("statusCode")]
        public int? StatusCode { get; set; }

        /// <summary>The id the target gave the record, when it created or updated one.</summary>
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("errors")]
        public ItemList<ImportRecordError>? Errors { get; set; }

        [JsonIgnore]
        public bool Succeeded => StatusCode >= 200 && StatusCode < 300 && (Errors == null || Errors.Count == 0);

        public override string ToString() => Succeeded ? $"{Index}: {StatusCode} {Id}" : $"{Index}: {StatusCode} {string.Join("; ", (Errors ?? new ItemList<ImportRecordError>()).Select(e => e.Message))}";
    }

    public sealed class ImportRecordError : CeligoObject
    {
        [JsonPropertyName("code")]
        public string? Code { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }

        public override string ToString() => $"{Code}: {Message}";
    }
}
