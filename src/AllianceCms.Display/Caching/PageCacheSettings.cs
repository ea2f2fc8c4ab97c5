using System.Text.Json.Serialization;

namespace AllianceCms.Display.Caching;

/// <summary>How long public pages stay cached, as set in the admin; overrides <see cref="DisplayOptions.OutputCacheMinutes"/>.</summary>
public sealed class PageCacheSettings
{
    public const string DocumentName = "PageCache";
    public const int MaxMinutes = 7 * 24 * 60;

    /// <summary>Minutes, 0 for no caching; null to follow the configuration.</summary>
    [JsonPropertyName("outputCacheMinutes")] public int? OutputCacheMinutes { get; set; }
}
