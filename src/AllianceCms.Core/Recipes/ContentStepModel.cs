using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace AllianceCms.Core.Recipes;

/// <summary>The "Content" step: items, either one variant each or all cultures of a localizable item at once.</summary>
public sealed class ContentStepModel
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("items")] public List<RecipeContentItem> Items { get; set; } = [];
}

/// <summary>
/// An item in a recipe. Either one variant (<see cref="ContentItemId"/>, <see cref="Culture"/>,
/// <see cref="DisplayText"/>, <see cref="Content"/>) or, with <see cref="Variants"/>, every culture
/// variant of one localization set, with the fields they share in <see cref="Shared"/>.
/// </summary>
public sealed class RecipeContentItem
{
    [JsonPropertyName("type")] public string Type { get; set; } = "";
    [JsonPropertyName("contentItemId")] public string? ContentItemId { get; set; }
    [JsonPropertyName("localizationSet")] public string? LocalizationSet { get; set; }
    [JsonPropertyName("culture")] public string? Culture { get; set; }
    [JsonPropertyName("published")] public bool Published { get; set; } = true;
    [JsonPropertyName("displayText")] public string? DisplayText { get; set; }
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("owner")] public string? Owner { get; set; }
    [JsonPropertyName("createdUtc")] public DateTime? CreatedUtc { get; set; }
    [JsonPropertyName("publishedUtc")] public DateTime? PublishedUtc { get; set; }
    [JsonPropertyName("content")] public JsonObject? Content { get; set; }
    [JsonPropertyName("shared")] public JsonObject? Shared { get; set; }
    [JsonPropertyName("variants")] public Dictionary<string, RecipeVariant>? Variants { get; set; }
}

public sealed class RecipeVariant
{
    [JsonPropertyName("contentItemId")] public string? ContentItemId { get; set; }
    [JsonPropertyName("displayText")] public string DisplayText { get; set; } = "";
    [JsonPropertyName("slug")] public string? Slug { get; set; }
    [JsonPropertyName("content")] public JsonObject? Content { get; set; }
}
