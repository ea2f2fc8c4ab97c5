using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using AllianceCms.Tests.Integration.Display;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>
/// A site with more URLs than a sitemap file may hold is served as a sitemap index of paged
/// sitemaps; here the recipe site with 25 URLs per file stands for a big site with 50,000.
/// </summary>
[Collection("public-site")]
public sealed class SitemapIndexTests(PublicSiteFactory site)
{
    private const int PageSize = 25;
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private WebApplicationFactory<Program> Paged() =>
        site.WithWebHostBuilder(b => b.UseSetting("Display:SitemapPageSize", PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<XDocument> XmlAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Each URL of a urlset with its alternates, as "path → hreflang=path, …".</summary>
    private static List<string> Entries(XDocument urlset) =>
        urlset.Root!.Elements(Sm + "url").Select(u =>
            new Uri(u.Element(Sm + "loc")!.Value).AbsolutePath + " → " + string.Join(", ",
                u.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value}={new Uri(l.Attribute("href")!.Value).AbsolutePath}").Order(StringComparer.Ordinal)))
            .ToList();

    [Fact]
    public async Task A_site_with_more_urls_than_a_sitemap_holds_gets_an_index_of_parts_that_together_list_every_url_once_with_its_alternates()
    {
        var whole = Entries(await XmlAsync(site.Browser(), "/sitemap.xml"));
        Assert.True(whole.Count > 3 * PageSize, $"the recipe site has {whole.Count} URLs");

        using var paged = Paged();
        var client = paged.Browser();
        var index = await XmlAsync(client, "/sitemap.xml");
        Assert.Equal(Sm + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Sm + "sitemap").Select(s => new Uri(s.Element(Sm + "loc")!.Value)).ToList();
        Assert.True(parts.Count >= whole.Count / PageSize, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.Equal("/sitemap.xml", p.AbsolutePath));
        Assert.Equal(parts.Count, parts.Distinct().Count());

        var fromParts = new List<string>();
        foreach (var part in parts)
        {
            var urlset = await XmlAsync(client, part.PathAndQuery);
            Assert.Equal(Sm + "urlset", urlset.Root!.Name);
            var entries = Entries(urlset);
            Assert.InRange(entries.Count, 1, PageSize);
            fromParts.AddRange(entries);
        }
        Assert.Equal(whole.Order(StringComparer.Ordinal), fromParts.Order(StringComparer.Ordinal));
        Assert.Contains("/participants/tivat → en=/participants/tivat, fr=/fr/participants/tivat", fromParts);
        Assert.Contains("/fr/participants/tivat → en=/participants/tivat, fr=/fr/participants/tivat", fromParts);
    }

    [Fact]
    public async Task A_part_lists_items_of_one_type_and_culture_and_the_next_part_goes_on_from_there()
    {
        using var paged = Paged();
        var client = paged.Browser();
        var first = Entries(await XmlAsync(client, "/sitemap.xml?part=Member.fr.1"));
        var second = Entries(await XmlAsync(client, "/sitemap.xml?part=Member.fr.2"));
        Assert.Equal(PageSize, first.Count);
        Assert.All(first.Concat(second), e => Assert.StartsWith("/fr/participants/", e, StringComparison.Ordinal));
        Assert.Empty(first.Intersect(second));
    }

    [Theory]
    [InlineData("/sitemap.xml?part=Member.fr.99")]
    [InlineData("/sitemap.xml?part=Member.fr.0")]
    [InlineData("/sitemap.xml?part=Member.fr.2147483647")]
    [InlineData("/sitemap.xml?part=")]
    [InlineData("/sitemap.xml?part=Member.de.1")]
    [InlineData("/sitemap.xml?part=NoSuchType.en.1")]
    [InlineData("/sitemap.xml?part=nonsense")]
    public async Task A_part_that_does_not_exist_is_not_found(string path)
    {
        using var paged = Paged();
        Assert.Equal(HttpStatusCode.NotFound, (await paged.Browser().GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task A_site_within_the_limit_keeps_a_single_sitemap()
    {
        var sitemap = await XmlAsync(site.Browser(), "/sitemap.xml");
        Assert.Equal(Sm + "urlset", sitemap.Root!.Name);
        Assert.Contains(Entries(sitemap), e => e.StartsWith("/participants/tivat → ", StringComparison.Ordinal));
    }
}
