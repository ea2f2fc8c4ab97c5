using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>A calendar date, stored as "YYYY-MM-DD".</summary>
public sealed class DateFieldKind : IFieldKind
{
    public string Name => FieldKinds.Date;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value)?.Trim() is not { } text) return context.Error("InvalidDate");
        if (text.Length == 0) return null;
        return Parse(text) is { } date ? JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : context.Error("InvalidDate");
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsString(value) is { } s && Parse(s) is { } d
            ? [new IndexValue(Date: d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))]
            : [];

    public static DateOnly? Parse(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
