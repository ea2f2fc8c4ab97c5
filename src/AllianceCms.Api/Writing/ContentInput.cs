using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Api.Model;

namespace AllianceCms.Api.Writing;

/// <summary>
/// An item as a client writes it: <c>{"culture": "fr", "displayText": "…", "slug": "…",
/// "parts": {"Member": {"Country": ["country-rs"]}}, "publish": true, "version": "…"}</c>. Every
/// name is checked against the type as the client sees it before anything is loaded or written.
/// </summary>
public sealed class ContentInput
{
    public const string CultureKey = "culture";
    public const string DisplayTextKey = "displayText";
    public const string SlugKey = "slug";
    public const string PartsKey = "parts";
    public const string PublishKey = "publish";
    public const string VersionKey = "version";

    private static readonly string[] Keys = [CultureKey, DisplayTextKey, SlugKey, PartsKey, PublishKey, VersionKey];

    public string? Culture { get; private set; }
    public string? DisplayText { get; private set; }
    public bool HasSlug { get; private set; }
    public string? Slug { get; private set; }
    public bool? Publish { get; private set; }
    public string? Version { get; private set; }

    /// <summary>Field values by field, as given (null: remove the value).</summary>
    public List<(ApiField Field, JsonNode? Value)> Fields { get; } = [];

    /// <summary>Parses a request body; errors are keyed by what they are about ("body", "parts.Member", "Member.Ordinal").</summary>
    public static (ContentInput? Input, List<(string Path, string Message)> Errors) Parse(string json, ApiType type)
    {
        var errors = new List<(string, string)>();
        JsonNode? root;
        try { root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }); }
        catch (JsonException e) { return (null, [("body", $"The body is not valid JSON: {e.Message}")]); }
        if (root is not JsonObject body) return (null, [("body", "The body must be a JSON object.")]);
        return FromObject(body, type);
    }

    /// <summary>Reads an object already parsed (a GraphQL input).</summary>
    public static (ContentInput? Input, List<(string Path, string Message)> Errors) FromObject(JsonObject body, ApiType type)
    {
        var errors = new List<(string, string)>();
        var input = new ContentInput();
        foreach (var (key, value) in body)
        {
            switch (key)
            {
                case CultureKey: input.Culture = Text(value, key, errors); break;
                case DisplayTextKey: input.DisplayText = Text(value, key, errors); break;
                case SlugKey: input.HasSlug = true; input.Slug = Text(value, key, errors); break;
                case VersionKey: input.Version = Text(value, key, errors); break;
                case PublishKey:
                    if (value is JsonValue v && v.TryGetValue<bool>(out var publish)) input.Publish = publish;
                    else errors.Add((key, "'publish' must be true or false."));
                    break;
                case PartsKey: input.ReadParts(value, type, errors); break;
                default:
                    errors.Add((key, $"Unknown property '{key}'. Properties: {string.Join(", ", Keys)}."));
                    break;
            }
        }
        return errors.Count > 0 ? (null, errors) : (input, errors);
    }

    private void ReadParts(JsonNode? value, ApiType type, List<(string, string)> errors)
    {
        if (value is not JsonObject parts)
        {
            errors.Add((PartsKey, "'parts' must be an object of parts, each an object of fields."));
            return;
        }
        foreach (var (partName, partValue) in parts)
        {
            var part = type.Parts.FirstOrDefault(p => p.Name == partName);
            if (part is null)
            {
                errors.Add((partName, $"{type.Name} has no part '{partName}'. Parts: {string.Join(", ", type.Parts.Where(p => p.Fields.Count > 0).Select(p => p.Name))}."));
                continue;
            }
            if (partValue is not JsonObject fields)
            {
                errors.Add((partName, $"'{partName}' must be an object of fields."));
                continue;
            }
            foreach (var (fieldName, fieldValue) in fields)
            {
                var field = part.Fields.FirstOrDefault(f => f.Name == fieldName);
                if (field is null)
                {
                    errors.Add(($"{partName}.{fieldName}", $"{partName} has no field '{fieldName}'. Fields: {string.Join(", ", part.Fields.Select(f => f.Name))}."));
                    continue;
                }
                Fields.Add((field, fieldValue?.DeepClone()));
            }
        }
    }

    private static string? Text(JsonNode? value, string key, List<(string, string)> errors)
    {
        if (value is null) return null;
        if (value is JsonValue v && v.TryGetValue<string>(out var text)) return text;
        errors.Add((key, $"'{key}' must be a string."));
        return null;
    }
}
