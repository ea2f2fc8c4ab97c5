using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>Yes or no; forms send "true"/"false"/"on".</summary>
public sealed class BooleanFieldKind : IFieldKind
{
    public string Name => FieldKinds.Boolean;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context) => Read(value) switch
    {
        { } b => JsonValue.Create(b),
        null => context.Error("NotABoolean"),
    };

    public IEnumerable<IndexValue> IndexValues(JsonNode value) =>
        Read(value) is { } b ? [new IndexValue(Number: b ? 1 : 0)] : [];

    private static bool? Read(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => value.GetValue<string>().Trim().ToLowerInvariant() switch
        {
            "true" or "on" or "yes" or "1" => true,
            "false" or "off" or "no" or "0" or "" => false,
            _ => null,
        },
        _ => null,
    };
}
