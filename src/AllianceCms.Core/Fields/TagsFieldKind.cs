using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>Free words; a comma-separated string is split, duplicates (ignoring case) dropped.</summary>
public sealed class TagsFieldKind : IFieldKind
{
    public const int MaxTagLength = 100;

    public string Name => FieldKinds.Tags;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        var raw = JsonValues.AsString(value) is { } csv ? csv.Split(',').ToList() : JsonValues.AsStrings(value);
        if (raw is null) return context.Error("InvalidTags");
        var tags = raw.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (tags.Any(t => t.Length > MaxTagLength)) return context.Error("TooLong", MaxTagLength);
        return tags.Count == 0 ? null : JsonValues.ToArray(tags);
    }

    /// <summary>Tags are indexed lower-cased so that filters ignore case.</summary>
    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsStrings(value)?.Select(t => IndexValue.OfText(t.ToLowerInvariant())) ?? [];
}
