using System.Text.Json;
using System.Text.Json.Serialization;
using AllianceCms.Core.Localization;

namespace AllianceCms.Core.Settings;

/// <summary>The site's settings document; modules keep their own settings under their own keys.</summary>
public sealed class SiteSettings
{
    public const string DocumentName = "SiteSettings";

    [JsonPropertyName("SiteName")] public LocalizedText SiteName { get; set; } = new();

    /// <summary>Module settings by key (e.g. "JoinForm"), kept as JSON until a module reads them.</summary>
    [JsonExtensionData] public Dictionary<string, JsonElement> Extra { get; set; } = [];
}
