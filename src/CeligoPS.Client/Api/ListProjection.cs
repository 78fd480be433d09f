using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The fields a listing asks for (<c>include=</c>, celigo-api.md §1): the caller's, plus every field
    /// a typed property of the model reads, so the object's own properties stay true (a flow listed
    /// without <c>disabled</c> would look enabled). Lists of sub-documents (a flow's steps) are left
    /// out unless asked for; they are what makes big documents big.
    /// </summary>
    public sealed class ListProjection
    {
        private ListProjection(IReadOnlyList<string> fields)
        {
            Fields = fields;
        }

        /// <summary>Every field sent in <c>include=</c>, the model's first.</summary>
        public IReadOnlyList<string> Fields { get; }

        internal string Query => "include=" + Uri.EscapeDataString(string.Join(",", Fields));

        /// <exception cref="ArgumentException">A field name that is empty, holds a comma or spaces, or starts or ends with a dot.</exception>
        public static ListProjection For<T>(IEnumerable<string> fields) where T : CeligoResource
        {
            var asked = new List<string>();
            foreach (var field in fields)
            {
                if (string.IsNullOrWhiteSpace(field) || field.Any(c => c == ',' || char.IsWhiteSpace(c)) || field.StartsWith(".", StringComparison.Ordinal)
                    || field.EndsWith(".", StringComparison.Ordinal) || field.Contains(".."))
                {
                    throw new ArgumentException(
                        $"'{field}' is not a field name. -Property takes the API's field names, such as schedule or pageGenerators, with dots for nested fields (settings.notifyOnError).");
                }
                asked.Add(field);
            }
            return new ListProjection(ModelFields(typeof(T)).Concat(asked).Distinct(StringComparer.Ordinal).ToList());
        }

        /// <summary>The API names of a model's typed properties that hold single values.</summary>
        private static IEnumerable<string> ModelFields(Type model) =>
            model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => !IsList(p.PropertyType))
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name)
                .Where(n => n != null)
                .Select(n => n!);

        private static bool IsList(Type type) =>
            type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(type);
    }
}
