using System.Text.Json.Nodes;
using AllianceCms.Core.Content;

namespace AllianceCms.Core.Audit;

/// <summary>One field whose value differs between two versions; values are JSON, cut when very long.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>The field-by-field difference between two versions of a content item, for the audit trail.</summary>
public static class ContentChanges
{
    /// <summary>Long values (rich text) are cut: the trail says what changed, the version history keeps the rest.</summary>
    public const int MaxValueLength = 500;

    public static IReadOnlyList<FieldChange> Compare(ContentItem? before, ContentItem after)
    {
        var changes = new List<FieldChange>();
        if (before is null) return changes;
        if (before.DisplayText != after.DisplayText) changes.Add(new("DisplayText", before.DisplayText, after.DisplayText));
        if (before.Slug != after.Slug) changes.Add(new("Slug", before.Slug, after.Slug));
        var parts = before.ReadOnlyContent().Select(p => p.Key).Union(after.ReadOnlyContent().Select(p => p.Key)).Order(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var oldPart = before.ReadOnlyContent()[part] as JsonObject;
            var newPart = after.ReadOnlyContent()[part] as JsonObject;
            var fields = (oldPart?.Select(f => f.Key) ?? []).Union(newPart?.Select(f => f.Key) ?? []).Order(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                var oldValue = oldPart?[field];
                var newValue = newPart?[field];
                if (JsonNode.DeepEquals(oldValue, newValue)) continue;
                changes.Add(new($"{part}.{field}", Show(oldValue), Show(newValue)));
            }
        }
        return changes;
    }

    public static JsonArray ToJson(IEnumerable<FieldChange> changes) =>
        new(changes.Select(c => (JsonNode)new JsonObject { ["field"] = c.Field, ["before"] = c.Before, ["after"] = c.After }).ToArray());

    private static string? Show(JsonNode? value)
    {
        if (value is null) return null;
        var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value.ToJsonString();
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }
}
