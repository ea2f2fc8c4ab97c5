using AllianceCms.Api.Model;
using AllianceCms.Core.Content;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Http;

namespace AllianceCms.Api.Rest;

/// <summary>Absolute URLs: items' public pages and media files on the site's origin, API links on the request's.</summary>
public sealed class ItemLinks(ContentUrls urls, string siteOrigin, string apiOrigin)
{
    public static ItemLinks For(HttpRequest request, ContentUrls urls, ApiOptions options)
    {
        var apiOrigin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var siteOrigin = string.IsNullOrWhiteSpace(options.PublicOrigin) ? apiOrigin : options.PublicOrigin.TrimEnd('/');
        return new ItemLinks(urls, siteOrigin, apiOrigin);
    }

    public string? UrlFor(ContentItem item, ApiType type) =>
        urls.UrlFor(item, type.Model) is { } path ? siteOrigin + path : null;

    public string Api(string pathAndQuery) => apiOrigin + pathAndQuery;

    public string Site(string pathAndQuery) => siteOrigin + pathAndQuery;
}
