using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Display.Pages;

/// <summary>
/// The public site's one route: a culture's home ("/", "/fr"), a type's list ("/news", "/fr/actualites"),
/// an item at its friendly URL (a former slug answers with a 301), else a localized 404.
/// </summary>
public static class PublicPageEndpoints
{
    public static async Task<IResult> HandleAsync(HttpContext http, ContentUrls urls, IContentDefinitionStore definitions, IContentManager content, PublicPageRenderer pages, CancellationToken ct)
    {
        var path = http.Request.Path.Value ?? "/";
        var (culture, remainder) = urls.SplitCulture(path);
        if (remainder.Length == 0) return new PageResult(await pages.HomeAsync(http, culture, ct));

        if (PageModels.ListTypeAt(await definitions.GetSnapshotAsync(ct), culture, remainder) is { } listType)
            return new PageResult(await pages.ListAsync(http, listType, culture, PageNumber(http.Request.Query["page"]), ct));

        var match = await urls.ResolveAsync(path, ct);
        if (match?.RedirectTo is { } target) return Results.Redirect(target + http.Request.QueryString, permanent: true);
        var item = match is null ? null : await content.GetAsync(match.ContentItemId, VersionOptions.Published, ct);
        return item is null
            ? new PageResult(await pages.NotFoundAsync(http, culture, ct))
            : new PageResult(await pages.DetailAsync(http, item, match!.Type, ct));
    }

    /// <summary>"?page=3" → 3; anything else (missing, "abc", "-1", huge) → 1; the list clamps it to its last page.</summary>
    public static int PageNumber(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;
}
