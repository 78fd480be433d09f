using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CeligoPS.Session
{
    /// <summary>
    /// The config file in the shape Celigo's Python CLI uses:
    /// <c>{"environments": {"production": {"api_key": "...", "api_url": "..."}}, "defaults": {"environment": "production"}}</c>.
    /// </summary>
    internal sealed class CeligoConfigFile
    {
        private static readonly Regex Placeholder = new Regex(
            @"^\s*(<.*>|\$\{.*\}|your[-_ ].*|.*[-_ ]here|x{4,}|changeme|placeholder|todo|api[-_]?key|token)\s*$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly Dictionary<string, (string? ApiKey, string? ApiUrl)> _environments;

        private CeligoConfigFile(string path, Dictionary<string, (string?, string?)> environments, string? defaultEnvironment)
        {
            Path = path;
            _environments = environments;
            DefaultEnvironment = defaultEnvironment;
        }

        public string Path { get; }
        public string? DefaultEnvironment { get; }
        public IEnumerable<string> EnvironmentNames => _environments.Keys;

        /// <summary>The file named by -ConfigPath, else CELIGO_CONFIG, else ~/.celigo/celigo_config.json.</summary>
        public static string DefaultPath(Func<string, string?> env)
        {
            var fromEnv = env("CELIGO_CONFIG");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return fromEnv!;
            }
            var home = System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
            return System.IO.Path.Combine(home, ".celigo", "celigo_config.json");
        }

        public static CeligoConfigFile Load(string path)
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The Celigo config file '{path}' does not exist. Create it, pass -ConfigPath, or pass -Token.", path);
            }
            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                var root = doc.RootElement;
                var envs = new Dictionary<string, (string?, string?)>(StringComparer.OrdinalIgnoreCase);
                if (root.TryGetProperty("environments", out var list) && list.ValueKind == JsonValueKind.Object)
                {
                    foreach (var e in list.EnumerateObject())
                    {
                        envs[e.Name] = (Str(e.Value, "api_key"), Str(e.Value, "api_url"));
                    }
                }
                string? defaultEnv = root.TryGetProperty("defaults", out var d) ? Str(d, "environment") : null;
                return new CeligoConfigFile(path, envs, defaultEnv);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"The Celigo config file '{path}' is not valid JSON: {e.Message}", e);
            }
        }

        /// <summary>The token and URL of one environment, refusing placeholders left from a template.</summary>
        public (string ApiKey, string? ApiUrl) Environment(string name)
        {
            if (!_environments.TryGetValue(name, out var env))
            {
                var known = _environments.Count == 0 ? "none" : string.Join(", ", _environments.Keys);
                throw new ArgumentException($"The environment '{name}' is not in '{Path}' (environments there: {known}).");
            }
            if (string.IsNullOrWhiteSpace(env.ApiKey))
            {
                throw new InvalidDataException($"The environment '{name}' in '{Path}' has no api_key.");
            }
            if (IsPlaceholder(env.ApiKey!))
            {
                throw new InvalidDataException(
                    $"The api_key of environment '{name}' in '{Path}' is a placeholder, not a token. Paste the token from integrator.io (Resources > API tokens).");
            }
            return (env.ApiKey!, env.ApiUrl);
        }

        /// <summary>
        /// Adds or replaces one environment, keeping everything else in the file as it was, and
        /// writes the file readable by its owner only (<see cref="OwnerOnlyFile"/>).
        /// </summary>
        public static void SaveEnvironment(string path, string name, string apiKey, Uri apiUrl, bool makeDefault, bool replace)
        {
            if (Directory.Exists(path))
            {
                throw new ArgumentException($"-ConfigPath '{path}' is a folder; give the config file itself, for example '{System.IO.Path.Combine(path, "celigo_config.json")}'.");
            }
            JsonObject root;
            try
            {
                root = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new JsonException("the top level is not an object") : new JsonObject();
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"The Celigo config file '{path}' is not valid JSON, so it was left alone: {e.Message}", e);
            }
            if (!(root["environments"] is JsonObject environments))
            {
                root["environments"] = environments = new JsonObject();
            }
            var existing = FindKey(environments, name);
            if (existing != null && !replace)
            {
                throw new InvalidOperationException($"The environment '{existing}' is already in '{path}'. Pass -Force to replace it.");
            }
            var entry = existing != null && environments[existing] is JsonObject kept ? kept : new JsonObject();
            environments.Remove(existing ?? name);
            entry["api_key"] = apiKey;
            entry["api_url"] = apiUrl.AbsoluteUri;
            environments[existing ?? name] = entry;
            if (makeDefault)
            {
                if (!(root["defaults"] is JsonObject defaults))
                {
                    root["defaults"] = defaults = new JsonObject();
                }
                defaults["environment"] = existing ?? name;
            }
            OwnerOnlyFile.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }

        private static string? FindKey(JsonObject environments, string name)
        {
            foreach (var pair in environments)
            {
                if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
                {
                    return pair.Key;
                }
            }
            return null;
        }

        public static bool IsPlaceholder(string token) => Placeholder.IsMatch(token);

        private static string? Str(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
