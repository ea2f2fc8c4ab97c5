using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using Microsoft.Extensions.Options;

namespace AllianceCms.Core.Routing;

/// <summary>
/// Friendly URLs of routable items: "/{prefix}/{slug}" in the default culture and
/// "/{culture}/{prefix}/{slug}" in the others, the prefix coming from the type (empty for pages).
/// </summary>
public sealed class ContentUrls(IContentQueryService queries, IContentDefinitionStore definitions, IOptions<CultureOptions> cultures)
{
    public string CulturePrefix(string culture) =>
        string.Equals(culture, cultures.Value.Default, StringComparison.OrdinalIgnoreCase) ? "" : "/" + culture;

    public string? UrlFor(ContentItem item, ContentTypeModel type) =>
        type.Settings.Routable && item.Slug is not null ? PathFor(type, item.Culture, item.Slug) : null;

    /// <summary>The path an item of the type would have in the culture with that slug.</summary>
    public string PathFor(ContentTypeModel type, string culture, string slug)
    {
        var prefix = type.Settings.RoutePrefix.For(culture);
        return $"{CulturePrefix(culture)}{(prefix.Length > 0 ? "/" + prefix : "")}/{slug}";
    }

    public async Task<string?> UrlForAsync(ContentItem item, CancellationToken ct = default) =>
        (await definitions.GetSnapshotAsync(ct)).Find(item.ContentType) is { } type ? UrlFor(item, type) : null;

    /// <summary>Splits a request path into its culture and the rest ("/fr/pays/france" → fr, "pays/france").</summary>
    public (string Culture, string Remainder) SplitCulture(string path)
    {
        var trimmed = path.Trim('/');
        var slash = trimmed.IndexOf('/');
        var first = slash < 0 ? trimmed : trimmed[..slash];
        foreach (var culture in cultures.Value.Supported.Skip(1))
        {
            if (string.Equals(first, culture, StringComparison.OrdinalIgnoreCase))
                return (culture, slash < 0 ? "" : trimmed[(slash + 1)..]);
        }
        return (cultures.Value.Default, trimmed);
    }

    /// <summary>The item a path leads to, or where an old slug now lives; null when nothing matches.</summary>
    public async Task<ContentPathMatch?> ResolveAsync(string path, CancellationToken ct = default)
    {
        var (culture, rest) = SplitCulture(path);
        if (rest.Length == 0) return null;
        var slash = rest.LastIndexOf('/');
        var (prefix, slug) = slash < 0 ? ("", rest) : (rest[..slash], rest[(slash + 1)..]);
        if (!SlugGenerator.IsValid(slug)) return null;

        var route = await queries.FindRouteAsync(culture, slug, ct);
        if (route is null) return null;
        var type = (await definitions.GetSnapshotAsync(ct)).Find(route.ContentType);
        if (type is null || type.Settings.Private || !type.Settings.Routable) return null;
        if (!string.Equals(type.Settings.RoutePrefix.For(culture), prefix, StringComparison.Ordinal)) return null;

        if (route.IsCurrent) return new ContentPathMatch(route.ContentItemId, culture, type, null);
        var target = type.Settings.RoutePrefix.For(culture) is { Length: > 0 } p ? $"/{p}/{route.CurrentSlug}" : $"/{route.CurrentSlug}";
        return new ContentPathMatch(route.ContentItemId, culture, type, CulturePrefix(culture) + target);
    }
}

/// <summary>A resolved path: the item, or <see cref="RedirectTo"/> when the path used a former slug.</summary>
public sealed record ContentPathMatch(string ContentItemId, string Culture, ContentTypeModel Type, string? RedirectTo);
