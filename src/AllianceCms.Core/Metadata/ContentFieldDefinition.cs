using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Metadata;

/// <summary>A named, typed field of a part.</summary>
public sealed class ContentFieldDefinition
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("kind")] public string Kind { get; set; } = FieldKinds.Text;
    [JsonPropertyName("label")] public LocalizedText Label { get; set; } = new();
    [JsonPropertyName("position")] public int Position { get; set; }
    [JsonPropertyName("settings")] public FieldSettings Settings { get; set; } = new();
}
