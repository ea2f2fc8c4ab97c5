using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Search;

/// <summary>The public full-text search: "Search" in appsettings.json.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>
    /// The search page's path per culture, without the culture prefix ("search" → /search, "recherche" → /fr/recherche);
    /// a culture not listed uses <see cref="DefaultPath"/>.
    /// </summary>
    public Dictionary<string, string> Paths { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    [Required, RegularExpression("^[a-z0-9-]+$")] public string DefaultPath { get; set; } = "search";

    /// <summary>The index folder, one sub-folder per culture; relative paths are under Database:DataFolder.</summary>
    [Required] public string IndexFolder { get; set; } = "search-index";

    /// <summary>Longer search terms are refused with a 400 page: no real search needs more, and they cost.</summary>
    [Range(10, 1000)] public int MaxQueryLength { get; set; } = 200;

    [Range(1, 100)] public int PageSize { get; set; } = 10;

    /// <summary>Results beyond this many pages are not offered: nobody reads them, and deep pages cost.</summary>
    [Range(1, 1000)] public int MaxPages { get; set; } = 50;

    /// <summary>
    /// Searches one client address may run per <see cref="RateLimitWindowSeconds"/>; more get a 429 page.
    /// A person never comes near it; a script walking the index does. 0 turns the limit off.
    /// </summary>
    [Range(0, 1_000_000)] public int RateLimitPermits { get; set; } = 60;

    [Range(1, 3600)] public int RateLimitWindowSeconds { get; set; } = 60;

    public string PathFor(string culture) => Paths.TryGetValue(culture, out var path) && path.Length > 0 ? path.Trim('/') : DefaultPath;
}
