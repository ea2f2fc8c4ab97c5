using System.Text;
using System.Xml;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Display.Caching;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace AllianceCms.Display.Pages;

/// <summary>
/// <c>/sitemap.xml</c>: the home and list pages of each culture and every published item of a public
/// routable type, each with its translations as hreflang alternates (<c>xhtml:link</c>). A site with
/// more URLs than <see cref="DisplayOptions.SitemapPageSize"/> gets a sitemap index instead, whose
/// files are <c>/sitemap.xml?part=…</c> (see <see cref="SitemapReader"/>); <c>/robots.txt</c> points to it.
/// Both are output-cached like the pages and tagged with every routable type, so that publishing,
/// unpublishing, deleting or re-slugging an item evicts them (and a definition change, every page).
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
        TagWithRoutableTypes(http, snapshot);
        var reader = new SitemapReader(queries, urls, supported, options.Value.SitemapPageSize);

        IReadOnlyList<SitemapPart> parts;
        if (http.Request.Query["part"] is { Count: > 0 } asked)
        {
            if (await reader.FindAsync(snapshot, asked.ToString(), ct) is not { } part) return Results.NotFound();
            parts = [part];
        }
        else
        {
            var (all, count) = await reader.PartsAsync(snapshot, ct);
            if (count > options.Value.SitemapPageSize) return Results.Bytes(WriteIndex(origin, all), "application/xml; charset=utf-8");
            parts = all;
        }

        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("urlset", SitemapNs);
            w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var part in parts)
            {
                await foreach (var entry in reader.EntriesAsync(snapshot, part, ct))
                {
                    w.WriteStartElement("url", SitemapNs);
                    w.WriteElementString("loc", SitemapNs, origin + entry.Url);
                    if (entry.Modified is { } m) w.WriteElementString("lastmod", SitemapNs, m.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                    foreach (var (culture, alternate) in entry.Alternates)
                    {
                        w.WriteStartElement("xhtml", "link", XhtmlNs);
                        w.WriteAttributeString("rel", "alternate");
                        w.WriteAttributeString("hreflang", culture);
                        w.WriteAttributeString("href", origin + alternate);
                        w.WriteEndElement();
                    }
                    w.WriteEndElement();
                }
            }
            w.WriteEndElement();
        }
        return Results.Bytes(stream.ToArray(), "application/xml; charset=utf-8");
    }

    /// <summary>Any item of a routable type may add, move or remove a URL here (its count may also turn the sitemap into an index).</summary>
    private static void TagWithRoutableTypes(HttpContext http, ContentDefinitionSnapshot snapshot)
    {
        if (http.Features.Get<IOutputCacheFeature>()?.Context.Tags is not { } tags) return;
        foreach (var type in SitemapReader.RoutableTypes(snapshot)) tags.Add(CacheTags.Type(type.Name));
    }

    /// <summary>A sitemap index naming each part (the protocol allows 50,000 URLs per sitemap file).</summary>
    private static byte[] WriteIndex(string origin, IReadOnlyList<SitemapPart> parts)
    {
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("sitemapindex", SitemapNs);
            foreach (var part in parts)
            {
                w.WriteStartElement("sitemap", SitemapNs);
                w.WriteElementString("loc", SitemapNs, $"{origin}/sitemap.xml?part={Uri.EscapeDataString(part.Name)}");
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static string Origin(HttpContext http, DisplayOptions options) =>
        options.PublicOrigin is { Length: > 0 } origin ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";
}
