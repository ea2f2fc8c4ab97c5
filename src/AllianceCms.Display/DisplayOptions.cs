using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Display;

/// <summary>How the public site is rendered: which theme, where themes live, how long pages stay cached.</summary>
public sealed class DisplayOptions
{
    public const string Section = "Display";

    /// <summary>The folder name of the active theme under <see cref="ThemesPath"/>; the site names it in its configuration.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    public string Theme { get; set; } = "";

    /// <summary>Where themes are, relative to the application folder (then the content root) unless absolute.</summary>
    [Required]
    public string ThemesPath { get; set; } = "themes";

    /// <summary>Re-read theme files when they change on disk (for theme authors; off in production).</summary>
    public bool WatchThemeFiles { get; set; }

    /// <summary>How long a rendered page may stay in the output cache; content events evict it sooner.</summary>
    [Range(0, 7 * 24 * 60)]
    public int OutputCacheMinutes { get; set; } = 60;

    /// <summary>How often a node re-reads the templates stored in the database, for edits made on another node.</summary>
    [Range(1, 3600)]
    public int DatabaseTemplatesRefreshSeconds { get; set; } = 30;

    /// <summary>Items per page on list pages.</summary>
    [Range(1, 200)]
    public int PageSize { get; set; } = 20;

    /// <summary>
    /// URLs per sitemap file: a site with more is served as a sitemap index of paged sitemaps.
    /// The protocol allows 50,000; 2,000 keeps a file under a second to draw on a big site, since
    /// every URL reads its item and its translations.
    /// </summary>
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 2_000;

    /// <summary>Scheme and host used for canonical and hreflang links (e.g. https://example.org); the request's when empty.</summary>
    [Url]
    public string? PublicOrigin { get; set; }

    /// <summary>The time zone date-times are shown in on public pages (an IANA id such as "Europe/Paris").</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// The culture whose formats dates and numbers follow, per content culture, when it is not the
    /// content culture itself: e.g. "en" → "en-GB" for "19 February 2015" rather than "February 19, 2015".
    /// </summary>
    public Dictionary<string, string> FormattingCultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Statement budget of one template render, so that a runaway loop in an edited template stops.</summary>
    [Range(1000, 100_000_000)]
    public int MaxTemplateSteps { get; set; } = 2_000_000;
}
