using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Metadata;

/// <summary>
/// The settings a field may carry. Each kind reads the ones that concern it; JSON names are
/// explicit so that renaming a property never breaks stored definitions.
/// </summary>
public sealed class FieldSettings
{
    [JsonPropertyName("required")] public bool Required { get; set; }

    /// <summary>False when one value is shared by every culture variant of an item.</summary>
    [JsonPropertyName("localized")] public bool Localized { get; set; } = true;

    /// <summary>Written to the field index so that lists can filter and sort on it.</summary>
    [JsonPropertyName("indexed")] public bool Indexed { get; set; }

    /// <summary>Shown to editors only: never rendered publicly nor served to anonymous API clients.</summary>
    [JsonPropertyName("private")] public bool Private { get; set; }

    [JsonPropertyName("hint")] public LocalizedText? Hint { get; set; }

    // text, url, e-mail, phone
    [JsonPropertyName("multiline")] public bool Multiline { get; set; }
    [JsonPropertyName("minLength")] public int? MinLength { get; set; }
    [JsonPropertyName("maxLength")] public int? MaxLength { get; set; }
    [JsonPropertyName("pattern")] public string? Pattern { get; set; }

    // number
    [JsonPropertyName("decimal")] public bool Decimal { get; set; }
    [JsonPropertyName("min")] public decimal? Min { get; set; }
    [JsonPropertyName("max")] public decimal? Max { get; set; }

    // choice, reference, media, user
    [JsonPropertyName("multiple")] public bool Multiple { get; set; }
    [JsonPropertyName("choices")] public List<FieldChoice>? Choices { get; set; }
    [JsonPropertyName("allowedTypes")] public List<string>? AllowedTypes { get; set; }
}

/// <summary>One value of a choice field with its EN/FR labels.</summary>
public sealed class FieldChoice
{
    [JsonPropertyName("value")] public string Value { get; set; } = "";
    [JsonPropertyName("label")] public LocalizedText Label { get; set; } = new();

    public FieldChoice() { }

    public FieldChoice(string value, string en, string fr)
    {
        Value = value;
        Label = new LocalizedText(en, fr);
    }
}
