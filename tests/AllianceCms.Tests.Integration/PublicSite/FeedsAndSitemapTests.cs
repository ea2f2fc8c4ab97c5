using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AllianceCms.Tests.Integration.Display;

namespace AllianceCms.Tests.Integration.PublicSite;

[Collection("public-site")]
public sealed class FeedsAndSitemapTests(PublicSiteFactory site)
{
    private async Task<SyndicationFeed> FeedAsync(string path, string mediaType)
    {
        var response = await site.Browser().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        return SyndicationFeed.Load(reader);
    }

    [Theory]
    [InlineData("/news/rss.xml", "application/rss+xml", "/news/")]
    [InlineData("/news/atom.xml", "application/atom+xml", "/news/")]
    [InlineData("/fr/actualites/rss.xml", "application/rss+xml", "/fr/actualites/")]
    [InlineData("/fr/actualites/atom.xml", "application/atom+xml", "/fr/actualites/")]
    public async Task Feeds_per_culture_parse_back_with_their_items(string path, string mediaType, string itemPrefix)
    {
        var feed = await FeedAsync(path, mediaType);
        Assert.False(string.IsNullOrWhiteSpace(feed.Title.Text));
        Assert.InRange(feed.Items.Count(), 10, Alliance.News.NewsFeeds.Size);
        Assert.All(feed.Items, item =>
        {
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.Contains(itemPrefix, item.Links.Single().Uri.AbsolutePath);
        });
        var dates = feed.Items.Select(i => i.PublishDate).ToList();
        Assert.Equal(dates.OrderDescending().ToList(), dates);
        if (path.StartsWith("/fr", StringComparison.Ordinal)) Assert.Contains(feed.Items, i => i.Title.Text.Contains("Roms", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_lists_every_published_routable_item_with_hreflang_alternates()
    {
        var response = await site.Browser().GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9", xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(sm + "url").ToList();
        var locs = urls.Select(u => new Uri(u.Element(sm + "loc")!.Value).AbsolutePath).ToList();
        foreach (var path in new[] { "/", "/fr", "/participants/tivat", "/fr/participants/tivat", "/countries/france", "/fr/pays/france", "/news/launch-of-the-alliance", "/glossary/roma", "/about", "/fr/a-propos", "/news", "/fr/actualites" })
            Assert.Contains(path, locs);
        var tivat = urls.Single(u => u.Element(sm + "loc")!.Value.EndsWith("/participants/tivat", StringComparison.Ordinal) && !u.Element(sm + "loc")!.Value.Contains("/fr/", StringComparison.Ordinal));
        var alternates = tivat.Elements(xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => new Uri(l.Attribute("href")!.Value).AbsolutePath);
        Assert.Equal("/participants/tivat", alternates["en"]);
        Assert.Equal("/fr/participants/tivat", alternates["fr"]);
        Assert.DoesNotContain(locs, l => l.StartsWith("/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap()
    {
        var text = await (await site.Browser().GetAsync("/robots.txt")).Content.ReadAsStringAsync();
        Assert.Matches("(?m)^Sitemap: https?://[^/]+/sitemap\\.xml$", text);
        Assert.Contains("User-agent: *", text);
    }
}
