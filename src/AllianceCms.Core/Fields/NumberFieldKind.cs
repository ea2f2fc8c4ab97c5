using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>An integer or a decimal number with an optional range.</summary>
public sealed class NumberFieldKind : IFieldKind
{
    public string Name => FieldKinds.Number;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context)
    {
        if (JsonValues.AsString(value) is { } s && string.IsNullOrWhiteSpace(s)) return null;
        if (JsonValues.AsDecimal(value) is not { } number) return context.Error("NotANumber");
        var settings = context.Settings;
        if (!settings.Decimal && number != decimal.Truncate(number)) return context.Error("NotAnInteger");
        if (settings.Min is { } min && number < min) return context.Error("BelowMin", min.ToString(CultureInfo.CurrentCulture));
        if (settings.Max is { } max && number > max) return context.Error("AboveMax", max.ToString(CultureInfo.CurrentCulture));
        // Whole numbers are stored as 64-bit integers; beyond that the cast would throw.
        if (!settings.Decimal && number > long.MaxValue) return context.Error("AboveMax", long.MaxValue.ToString(CultureInfo.CurrentCulture));
        if (!settings.Decimal && number < long.MinValue) return context.Error("BelowMin", long.MinValue.ToString(CultureInfo.CurrentCulture));
        return settings.Decimal ? JsonValue.Create(number) : JsonValue.Create((long)number);
    }

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        JsonValues.AsDecimal(value) is { } d ? [new IndexValue(Number: (double)d)] : [];
}
