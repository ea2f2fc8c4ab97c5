using System.Globalization;
using System.Text;
using System.Xml;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Core.Queries;
using AllianceCms.Core.Routing;
using AllianceCms.Core.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace Alliance.News;

/// <summary>
/// The news feeds of each culture, beside its news list: RSS 2.0 at "{list}/rss.xml" and Atom at
/// "{list}/atom.xml" (/news/rss.xml, /fr/actualites/atom.xml), the latest published items first.
/// </summary>
public static class NewsFeeds
{
    public const int Size = 20;

    private static readonly AllianceCms.Core.Localization.LocalizedText FeedName = new() { ["en"] = "News", ["fr"] = "Actualités" };

    public static async Task<IResult> HandleAsync(HttpContext http, ContentUrls urls, IContentDefinitionStore definitions, IContentQueryService queries,
        IDocumentStore documents, IConfiguration configuration, CancellationToken ct)
    {
        var (culture, rest) = urls.SplitCulture(http.Request.Path.Value ?? "");
        var type = (await definitions.GetSnapshotAsync(ct)).Find(NewsModule.Type);
        if (type is null) return Results.NotFound();
        var prefix = type.Settings.RoutePrefix.For(culture);
        var atom = rest == prefix + "/atom.xml";
        if (!atom && rest != prefix + "/rss.xml") return Results.NotFound();

        var page = await queries.QueryAsync(new ContentQuery
        {
            Types = [NewsModule.Type],
            Culture = culture,
            SortBy = ContentSortKey.Field,
            SortField = $"{NewsModule.Type}.PublicationDate",
            Descending = true,
            PageSize = Size,
            IncludeTotal = false,
        }, ct);
        var settings = await documents.GetAsync<SiteSettings>(SiteSettings.DocumentName, ct) ?? new SiteSettings();
        var siteName = settings.SiteName is { IsEmpty: false } name ? name.For(culture) : "News";
        var origin = Origin(http, configuration);
        var listUrl = origin + urls.CulturePrefix(culture) + "/" + prefix;
        var feed = new Feed(
            Title: $"{siteName} – {FeedName.For(culture)}",
            Culture: culture,
            Link: listUrl,
            Self: origin + http.Request.Path,
            Entries: page.Items.Select(item => new FeedEntry(
                item.DisplayText,
                origin + urls.UrlFor(item, type),
                item.Get(NewsModule.Type, "Summary")?.GetValue<string>() ?? "",
                Date(item))).ToList());

        var xml = atom ? WriteAtom(feed) : WriteRss(feed);
        return Results.Text(xml, atom ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>The publication date as the editor set it (a date, read as midnight UTC), else when it was published.</summary>
    private static DateTimeOffset Date(ContentItem item) =>
        item.Get(NewsModule.Type, "PublicationDate")?.GetValue<string>() is { } text
        && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? new DateTimeOffset(date, TimeSpan.Zero)
            : new DateTimeOffset(item.PublishedUtc ?? item.ModifiedUtc, TimeSpan.Zero);

    internal static string Origin(HttpContext http, IConfiguration configuration) =>
        configuration["Display:PublicOrigin"] is { Length: > 0 } origin ? origin.TrimEnd('/') : $"{http.Request.Scheme}://{http.Request.Host}";

    private sealed record Feed(string Title, string Culture, string Link, string Self, IReadOnlyList<FeedEntry> Entries);

    private sealed record FeedEntry(string Title, string Link, string Summary, DateTimeOffset Date);

    private static XmlWriterSettings WriterSettings => new() { Encoding = new UTF8Encoding(false), Indent = true, Async = false };

    private static string WriteRss(Feed feed)
    {
        const string atomNs = "http://www.w3.org/2005/Atom";
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, WriterSettings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("rss");
            w.WriteAttributeString("version", "2.0");
            w.WriteAttributeString("xmlns", "atom", null, atomNs);
            w.WriteStartElement("channel");
            w.WriteElementString("title", feed.Title);
            w.WriteElementString("link", feed.Link);
            w.WriteElementString("description", feed.Title);
            w.WriteElementString("language", feed.Culture);
            w.WriteStartElement("atom", "link", atomNs);
            w.WriteAttributeString("href", feed.Self);
            w.WriteAttributeString("rel", "self");
            w.WriteAttributeString("type", "application/rss+xml");
            w.WriteEndElement();
            if (feed.Entries.Count > 0) w.WriteElementString("lastBuildDate", feed.Entries.Max(e => e.Date).ToString("r", CultureInfo.InvariantCulture));
            foreach (var entry in feed.Entries)
            {
                w.WriteStartElement("item");
                w.WriteElementString("title", entry.Title);
                w.WriteElementString("link", entry.Link);
                w.WriteStartElement("guid");
                w.WriteAttributeString("isPermaLink", "true");
                w.WriteString(entry.Link);
                w.WriteEndElement();
                w.WriteElementString("pubDate", entry.Date.ToString("r", CultureInfo.InvariantCulture));
                if (entry.Summary.Length > 0) w.WriteElementString("description", entry.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string WriteAtom(Feed feed)
    {
        const string ns = "http://www.w3.org/2005/Atom";
        using var stream = new MemoryStream();
        using (var w = XmlWriter.Create(stream, WriterSettings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("feed", ns);
            w.WriteAttributeString("xml", "lang", null, feed.Culture);
            w.WriteElementString("id", ns, feed.Self);
            w.WriteElementString("title", ns, feed.Title);
            var updated = feed.Entries.Count > 0 ? feed.Entries.Max(e => e.Date) : DateTimeOffset.UnixEpoch;
            w.WriteElementString("updated", ns, XmlConvert.ToString(updated));
            Link(w, feed.Self, "self", "application/atom+xml");
            Link(w, feed.Link, "alternate", "text/html");
            w.WriteStartElement("author", ns);
            w.WriteElementString("name", ns, feed.Title);
            w.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                w.WriteStartElement("entry", ns);
                w.WriteElementString("id", ns, entry.Link);
                w.WriteElementString("title", ns, entry.Title);
                w.WriteElementString("updated", ns, XmlConvert.ToString(entry.Date));
                w.WriteElementString("published", ns, XmlConvert.ToString(entry.Date));
                Link(w, entry.Link, "alternate", "text/html");
                if (entry.Summary.Length > 0) w.WriteElementString("summary", ns, entry.Summary);
                w.WriteEndElement();
            }
            w.WriteEndElement();
        }
        return Encoding.UTF8.GetString(stream.ToArray());

        static void Link(XmlWriter w, string href, string rel, string type)
        {
            w.WriteStartElement("link", ns);
            w.WriteAttributeString("href", href);
            w.WriteAttributeString("rel", rel);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
    }
}
