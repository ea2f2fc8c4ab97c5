using System.Text.Json;
using System.Text.Json.Nodes;

namespace AllianceCms.Core.Fields;

/// <summary>Small readers for JSON field values that tolerate what forms and APIs send.</summary>
internal static class JsonValues
{
    public static string? AsString(JsonNode node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static decimal? AsDecimal(JsonNode node)
    {
        if (node is not JsonValue v) return null;
        return v.GetValueKind() switch
        {
            // Values built in code (JsonValue.Create(1990)) only convert to their own CLR type: read the JSON text.
            JsonValueKind.Number => decimal.TryParse(v.ToJsonString(), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null,
            // No thousands separators: "1,5" typed by a French editor must not be read as 15.
            JsonValueKind.String => decimal.TryParse(v.GetValue<string>().Trim(),
                System.Globalization.NumberStyles.Number & ~System.Globalization.NumberStyles.AllowThousands,
                System.Globalization.CultureInfo.InvariantCulture, out var p) ? p : null,
            _ => null,
        };
    }

    /// <summary>A single value or an array of values as a list; null when the shape is wrong.</summary>
    public static List<JsonNode>? AsList(JsonNode node) => node switch
    {
        JsonArray array => array.Where(n => n is not null).Select(n => n!).ToList(),
        JsonValue value => [value],
        _ => null,
    };

    /// <summary>Each string of a value or array, trimmed, empty ones dropped; null when one is not a string.</summary>
    public static List<string>? AsStrings(JsonNode node)
    {
        // Read on every reference shown, so without AsList's intermediate list.
        if (node is JsonValue single) return AsString(single) is { } s ? Trimmed([], s) : null;
        if (node is not JsonArray array) return null;
        var result = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is null) continue;
            if (AsString(item) is not { } s) return null;
            Trimmed(result, s);
        }
        return result;
    }

    private static List<string> Trimmed(List<string> into, string value)
    {
        if (value.Trim() is { Length: > 0 } t) into.Add(t);
        return into;
    }

    public static JsonArray ToArray(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode)JsonValue.Create(v))]);
}
