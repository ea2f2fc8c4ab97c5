using System.Text.Json.Serialization;

namespace AllianceCms.Core.Localization;

/// <summary>A short text given per culture, e.g. a field label in English and French.</summary>
public sealed class LocalizedText : Dictionary<string, string>
{
    public LocalizedText() : base(StringComparer.OrdinalIgnoreCase) { }

    public LocalizedText(string en, string fr) : this()
    {
        this["en"] = en;
        this["fr"] = fr;
    }

    /// <summary>The text for a culture, falling back to its parent, English, then any text.</summary>
    public string For(string culture)
    {
        if (TryGetValue(culture, out var text)) return text;
        var dash = culture.IndexOf('-');
        if (dash > 0 && TryGetValue(culture[..dash], out text)) return text;
        if (TryGetValue("en", out text)) return text;
        return Values.FirstOrDefault() ?? string.Empty;
    }

    [JsonIgnore]
    public bool IsEmpty => Count == 0;
}
