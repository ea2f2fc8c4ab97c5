using System.Net;
using System.Xml.Linq;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>
/// The sitemap comes from the output cache like the pages, and a change to a routable item evicts it
/// at once: a new item is listed on the next request, an unpublished, deleted or re-slugged one is not.
/// </summary>
[Collection("public-site")]
public sealed class SitemapCacheTests(PublicSiteFactory site)
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static async Task<(List<string> Locs, bool FromCache)> SitemapAsync(HttpClient client, string path = "/sitemap.xml")
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locs = xml.Root!.Elements().Select(e => new Uri(e.Element(Sm + "loc")!.Value).PathAndQuery).ToList();
        return (locs, response.FromCache());
    }

    [Fact]
    public async Task The_sitemap_is_served_from_the_cache_until_an_item_is_published_then_lists_it_at_once()
    {
        var client = site.Browser();
        await SitemapAsync(client);
        var (before, cached) = await SitemapAsync(client);
        Assert.True(cached, "the second request was drawn again");

        var country = await site.PublishedCountryAsync(Items.Unique("Mapperland"));
        var (after, fromCache) = await SitemapAsync(client);
        Assert.False(fromCache);
        Assert.DoesNotContain($"/countries/{country.Slug}", before);
        Assert.Contains($"/countries/{country.Slug}", after);
        Assert.True((await SitemapAsync(client)).FromCache);
    }

    [Fact]
    public async Task Unpublishing_deleting_or_renaming_an_item_takes_its_old_url_out_of_the_cached_sitemap()
    {
        var client = site.Browser();
        var renamed = await site.PublishedCountryAsync(Items.Unique("Renameland"));
        var unpublished = await site.PublishedCountryAsync(Items.Unique("Hiddenland"));
        var deleted = await site.PublishedCountryAsync(Items.Unique("Lostland"));
        await SitemapAsync(client);
        var (locs, cached) = await SitemapAsync(client);
        Assert.True(cached);
        foreach (var item in new[] { renamed, unpublished, deleted }) Assert.Contains($"/countries/{item.Slug}", locs);

        var newSlug = "renamed-" + Guid.NewGuid().ToString("N")[..8];
        await site.WithContentAsync(async (content, _) =>
        {
            var edited = renamed.Clone();
            edited.Slug = newSlug;
            return await content.SaveAsync(edited, publish: true).CreatedAsync();
        });
        locs = (await SitemapAsync(client)).Locs;
        Assert.DoesNotContain($"/countries/{renamed.Slug}", locs);
        Assert.Contains($"/countries/{newSlug}", locs);

        await site.WithContentAsync((content, _) => content.UnpublishAsync(unpublished.ContentItemId).CreatedAsync());
        Assert.DoesNotContain($"/countries/{unpublished.Slug}", (await SitemapAsync(client)).Locs);

        await SitemapAsync(client);
        var removal = await site.WithContentAsync((content, _) => content.DeleteAsync(deleted.ContentItemId));
        Assert.True(removal.Succeeded);
        Assert.DoesNotContain($"/countries/{deleted.Slug}", (await SitemapAsync(client)).Locs);
    }

    [Fact]
    public async Task A_big_sites_index_and_its_parts_are_cached_and_evicted_alike()
    {
        using var paged = site.WithWebHostBuilder(b => b.UseSetting("Display:SitemapPageSize", "25"));
        var client = paged.Browser();
        await SitemapAsync(client);
        Assert.True((await SitemapAsync(client)).FromCache);
        var lastPart = (await SitemapAsync(client)).Locs.Last(l => l.Contains("part=Country.en.", StringComparison.Ordinal));
        await SitemapAsync(client, lastPart);
        Assert.True((await SitemapAsync(client, lastPart)).FromCache);

        await using (var scope = paged.Services.CreateAsyncScope())
        {
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var country = await Items.NewCountryAsync(content, Items.Unique("Partland"));
            var created = await content.CreateAsync(country, publish: true).CreatedAsync();

            var (index, fromCache) = await SitemapAsync(client);
            Assert.False(fromCache);
            var newLast = index.Last(l => l.Contains("part=Country.en.", StringComparison.Ordinal));
            var part = await SitemapAsync(client, newLast);
            Assert.False(part.FromCache);
            Assert.Contains($"/countries/{created.Slug}", part.Locs);
        }
    }
}
