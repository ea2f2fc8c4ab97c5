using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Metadata;

/// <summary>A content type: its settings and the parts it is made of, in order.</summary>
public sealed class ContentTypeDefinition
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("label")] public LocalizedText Label { get; set; } = new();
    [JsonPropertyName("settings")] public ContentTypeSettings Settings { get; set; } = new();
    [JsonPropertyName("parts")] public List<ContentTypePartReference> Parts { get; set; } = [];
}

public sealed class ContentTypePartReference
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("position")] public int Position { get; set; }
}

public sealed class ContentTypeSettings
{
    [JsonPropertyName("creatable")] public bool Creatable { get; set; } = true;
    [JsonPropertyName("draftable")] public bool Draftable { get; set; } = true;
    [JsonPropertyName("versionable")] public bool Versionable { get; set; } = true;
    [JsonPropertyName("localizable")] public bool Localizable { get; set; }
    [JsonPropertyName("routable")] public bool Routable { get; set; }
    [JsonPropertyName("listable")] public bool Listable { get; set; } = true;

    /// <summary>Never shown on the public site nor to anonymous API clients.</summary>
    [JsonPropertyName("private")] public bool Private { get; set; }

    /// <summary>The path segment before an item's slug per culture, e.g. "participants"; empty for top-level pages.</summary>
    [JsonPropertyName("routePrefix")] public LocalizedText RoutePrefix { get; set; } = new();

    /// <summary>Label of the item title in editors ("Name", "Term", "Title").</summary>
    [JsonPropertyName("titleLabel")] public LocalizedText? TitleLabel { get; set; }
}
