using System.Text;
using System.Xml;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Pages;

/// <summary>
/// <c>/sitemap.xml</c>: the home and list pages of each culture and every published item of a public
/// routable type, each with its translations as hreflang alternates (<c>xhtml:link</c>); <c>/robots.txt</c>
/// points to it.
/// </summary>
public static class SitemapEndpoints
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public static IResult Robots(HttpContext http, IOptions<DisplayOptions> options) =>
        Results.Text($"User-agent: *\nDisallow: /admin\nAllow: /\n\nSitemap: {Origin(http, options.Value)}/sitemap.xml\n", "text/plain; charset=utf-8", Encoding.UTF8);

    public static async Task<IResult> SitemapAsync(HttpContext http, IContentDefinitionStore definitions, IContentQueryService queries, ContentUrls urls,
        IOptions<CultureOptions> cultures, IOptions<DisplayOptions> options, CancellationToken ct)
    {
        var origin = Origin(http, options.Value);
        var supported = cultures.Value.Supported.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var snapshot = await definitions.GetSnapshotAsync(ct);
        var groups = new List<IReadOnlyList<(string Culture, string Url, DateTime? Modified)>>
        {
            supported.Select(c => (c, PageModels.HomeUrl(c, urls), (DateTime?)null)).ToList(),
        };
        foreach (var type in snapshot.Types.Where(t => PageModels.HasListPage(t)))
            groups.Add(supported.Select(c => (c, PageModels.ListUrl(type, c, urls), (DateTime?)null)).Where(x => x.Item2 is not null).Select(x => (x.c, x.Item2!, x.Item3)).ToList());

        foreach (var type in snapshot.Types.Where(t => t.Settings is { Private: false, Routable: true }))
        {
            var items = new List<ContentItem>();
            for (var skip = 0; ; skip += ContentQuery.MaxPageSize)
            {
                var page = await queries.QueryAsync(new ContentQuery { Types = [type.Name], PageSize = ContentQuery.MaxPageSize, Skip = skip, IncludeTotal = false, SortBy = ContentSortKey.CreatedUtc, Descending = false }, ct);
                items.AddRange(page.Items);
                if (page.Items.Count < ContentQuery.MaxPageSize) break;
            }
            foreach (var set in items.GroupBy(i => i.LocalizationSet))
            {
                var variants = set.Select(i => (i.Culture, Url: urls.UrlFor(i, type), Modified: (DateTime?)i.ModifiedUtc)).Where(v => v.Url is not null).Select(v => (v.Culture, v.Url!, v.Modified)).ToList();
                if (variants.Count > 0) groups.Add(variants);
            }
        }

        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", SitemapNs);
            w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var group in groups)
            {
                foreach (var (_, url, modified) in group)
                {
                    w.WriteStartElement("url", SitemapNs);
                    w.WriteElementString("loc", SitemapNs, origin + url);
                    if (modified is { } m) w.WriteElementString("lastmod", SitemapNs, m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    if (group.Count > 1)
                    {
                        foreach (var (culture, alternate, _) in group)
                        {
                            w.WriteStartElement("xhtml", "link", XhtmlNs);
                            w.WriteAttributeString("rel", "alternate");
                            w.WriteAttributeString("hreflang", culture);
                            w.WriteAttributeString("href", origin + alternate);
                            w.WriteEndElement();
                        }
                    }
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
        }
        return Results.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
    }

    private static string Origin(HttpContext http, DisplayOptions options) =>
        options.PublicOrigin is { Length: > 0 } origin ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
}
