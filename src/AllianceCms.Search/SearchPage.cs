using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Display.Localization;
using AllianceCms.Display.Pages;
using Fluid.Values;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AllianceCms.Search;

/// <summary>
/// Draws the search page through the theme (template <c>Search</c>, layout <c>Layout-Search</c> else <c>Layout</c>):
/// the form, then the results of <c>?q=</c> one page at a time. A missing or blank query shows the form
/// alone; an over-long one answers 400 with the form and a message; a nonsense page number means page 1.
/// </summary>
public sealed class SearchPage(
    PublicPageRenderer renderer,
    SearchService search,
    SearchRateLimiter limiter,
    SearchRoutes routes,
    IContentDefinitionStore definitions,
    UiStrings strings,
    IOptions<SearchOptions> options,
    IOptions<CultureOptions> cultures)
{
    public const string Template = "Search";

    public async Task<IResult> RenderAsync(HttpContext http, string culture, CancellationToken ct)
    {
        var settings = options.Value;
        var text = http.Request.Query["q"].FirstOrDefault()?.Trim() ?? "";
        var tooLong = text.Length > settings.MaxQueryLength;
        var action = routes.PathFor(culture);

        // Only real searches count against the limit, and only those are refused.
        var limited = !tooLong && text.Length > 0 && !limiter.TryAcquire(http);
        var results = SearchResults.None;
        var requested = PublicPageEndpoints.PageNumber(http.Request.Query["page"]);
        var pageNumber = 1;
        var pages = 1;
        if (!tooLong && !limited && text.Length > 0)
        {
            // The first request tells the total; a page past the last one shows the last one.
            pageNumber = Math.Min(requested, settings.MaxPages);
            results = search.Search(culture, text, (pageNumber - 1) * settings.PageSize, settings.PageSize);
            pages = Math.Clamp((results.Total + settings.PageSize - 1) / settings.PageSize, 1, settings.MaxPages);
            if (pageNumber > pages)
            {
                pageNumber = pages;
                results = search.Search(culture, text, (pageNumber - 1) * settings.PageSize, settings.PageSize);
            }
        }

        var snapshot = await definitions.GetSnapshotAsync(ct);
        string PageUrl(int n) => $"{action}?q={Uri.EscapeDataString(text)}{(n > 1 ? $"&page={n}" : "")}";
        var model = new Dictionary<string, object?>
        {
            ["search"] = new Dictionary<string, object?>
            {
                ["action"] = action,
                ["query"] = tooLong ? "" : text,
                ["searched"] = !tooLong && !limited && text.Length > 0,
                ["error"] = tooLong ? strings.Get(culture, "search.too_long", settings.MaxQueryLength)
                    : limited ? strings.Get(culture, "search.too_many", settings.RateLimitWindowSeconds) : null,
                ["max_length"] = settings.MaxQueryLength,
                ["total"] = results.Total,
                ["page"] = pageNumber,
                ["pages"] = pages,
                ["previous_url"] = pageNumber > 1 ? PageUrl(pageNumber - 1) : null,
                ["next_url"] = pageNumber < pages ? PageUrl(pageNumber + 1) : null,
                ["results"] = results.Hits.Select(h => new Dictionary<string, object?>
                {
                    ["id"] = h.ContentItemId,
                    ["url"] = h.Url,
                    ["type"] = h.ContentType,
                    ["type_label"] = snapshot.Find(h.ContentType)?.Type.Label.For(culture) ?? h.ContentType,
                    ["title"] = new StringValue(h.TitleHtml, encode: false),
                    ["snippet"] = new StringValue(h.SnippetHtml, encode: false),
                }).ToList(),
            },
        };

        var languages = cultures.Value.Supported.Distinct(StringComparer.OrdinalIgnoreCase).Select(c =>
        {
            var url = routes.PathFor(c) + (text.Length > 0 && !tooLong ? "?q=" + Uri.EscapeDataString(text) : "");
            return new LanguageLink(c, url, true, string.Equals(c, culture, StringComparison.OrdinalIgnoreCase));
        }).ToList();
        var title = text.Length > 0 && !tooLong ? strings.Get(culture, "search.title_for", text) : strings.Get(culture, "search.title");
        var status = tooLong ? StatusCodes.Status400BadRequest : limited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK;
        if (limited) http.Response.Headers.RetryAfter = settings.RateLimitWindowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await renderer.ModulePageAsync(http, Template, culture, title, status, languages, [Template], model, ct);
        return new PageResult(page);
    }
}
