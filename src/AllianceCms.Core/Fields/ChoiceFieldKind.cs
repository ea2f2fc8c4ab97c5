using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>One value (a string) or several (an array) out of the field's list of choices.</summary>
public sealed class ChoiceFieldKind : IFieldKind
{
    public string Name => FieldKinds.Choice;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsStrings(value) is not { } values) return context.Error("InvalidChoice");
        values = values.Distinct(StringComparer.Ordinal).ToList();
        var allowed = context.Settings.Choices?.Select(c => c.Value).ToHashSet(StringComparer.Ordinal) ?? [];
        if (values.Any(v => !allowed.Contains(v))) return context.Error("InvalidChoice");
        if (context.Settings.Multiple) return values.Count == 0 ? null : JsonValues.ToArray(values);
        return values.Count switch
        {
            0 => null,
            1 => JsonValue.Create(values[0]),
            _ => context.Error("SingleValueExpected"),
        };
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsStrings(value)?.Select(IndexValue.OfText) ?? [];
}
