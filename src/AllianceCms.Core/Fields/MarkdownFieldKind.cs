using System.Text.Json.Nodes;
using AllianceCms.Core.Metadata;

namespace AllianceCms.Core.Fields;

/// <summary>Markdown source; rendering (with raw HTML disabled) happens when it is displayed.</summary>
public sealed class MarkdownFieldKind : IFieldKind
{
    public string Name => FieldKinds.Markdown;

    public JsonNode? Normalize(JsonNode value, FieldValueContext context) =>
        JsonValues.AsString(value) is { } text ? TextRules.Check(text.Trim(), context) : context.Error("InvalidText");
}
