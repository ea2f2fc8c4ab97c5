using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Metadata;

/// <summary>A reusable group of fields; types are made of parts.</summary>
public sealed class ContentPartDefinition
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("label")] public LocalizedText Label { get; set; } = new();
    [JsonPropertyName("fields")] public List<ContentFieldDefinition> Fields { get; set; } = [];

    /// <summary>Fields removed from the definition whose stored values are kept until purged.</summary>
    [JsonPropertyName("removedFields")] public List<string> RemovedFields { get; set; } = [];

    public ContentFieldDefinition? Field(string name)
    {
        foreach (var field in Fields)
            if (string.Equals(field.Name, name, StringComparison.Ordinal)) return field;
        return null;
    }
}
