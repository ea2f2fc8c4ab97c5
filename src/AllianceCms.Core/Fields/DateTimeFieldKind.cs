using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>A point in time, stored in UTC as ISO 8601 ("2014-05-22T07:00:00Z").</summary>
public sealed class DateTimeFieldKind : IFieldKind
{
    public string Name => FieldKinds.DateTime;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value)?.Trim() is not { } text) return context.Error("InvalidDateTime");
        if (text.Length == 0) return null;
        return Parse(text) is { } utc
            ? JsonValue.Create(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            : context.Error("InvalidDateTime");
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsString(value) is { } s && Parse(s) is { } d ? [new IndexValue(Date: d)] : [];

    /// <summary>Accepts ISO 8601 with an offset, or without one (read as UTC, as a native datetime-local input sends).</summary>
    public static DateTime? Parse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
            ? d.UtcDateTime
            : null;
}
