using System.Text.Json.Serialization;

namespace AllianceCms.Core.Menus;

/// <summary>The site's menus (main navigation, footer…), each with its entries per culture, kept as one named document ("Menus").</summary>
public sealed class MenusDocument
{
    public const string DocumentName = "Menus";

    [JsonPropertyName("menus")] public Dictionary<string, MenuDefinition> Menus { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>One menu: its entries in each culture, in order.</summary>
public sealed class MenuDefinition
{
    [JsonPropertyName("cultures")] public Dictionary<string, List<MenuEntry>> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>A menu entry: a label and a target, either a content item (its URL in the menu's culture) or a URL.</summary>
public sealed class MenuEntry
{
    [JsonPropertyName("label")] public string Label { get; set; } = "";
    [JsonPropertyName("contentItemId")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? ContentItemId { get; set; }
    [JsonPropertyName("url")][JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Url { get; set; }
}

/// <summary>A menu a module or the host declares, so that the admin offers it before it has any entry.</summary>
public sealed record MenuDeclaration(string Name);
