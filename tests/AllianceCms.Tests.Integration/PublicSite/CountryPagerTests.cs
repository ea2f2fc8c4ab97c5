using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.PublicSite;

/// <summary>The Alliance site on a database of its own: these tests add over two hundred participants, which would change what the directory's tests list and map.</summary>
public sealed class CountryPagerSiteFactory : CmsFactory;

[CollectionDefinition("country-pager")]
public sealed class CountryPagerCollection : ICollectionFixture<CountryPagerSiteFactory>;

/// <summary>
/// A country page lists its participants 50 at a time with the total and each one's ordinal, pages
/// like the directory (<c>?page=N</c>, nonsense → the first page), and every page of it is evicted
/// when a participant of that country is published.
/// </summary>
[Collection("country-pager")]
public sealed class CountryPagerTests(CountryPagerSiteFactory site)
{
    private const int PageSize = 50;

    /// <summary>A country (and its French variant) with participants in each culture, named so that they sort in creation order.</summary>
    private Task<(ContentItem En, ContentItem? Fr)> CountryWithParticipantsAsync(string name, int count, bool french = false) =>
        site.WithContentAsync(async (content, _) =>
        {
            var country = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique(name)), publish: true).CreatedAsync();
            ContentItem? fr = null;
            if (french)
            {
                var variant = (await content.LocalizeAsync(country.ContentItemId, "fr")).Item!;
                variant.DisplayText = country.DisplayText + " fr";
                fr = await content.SaveAsync(variant, publish: true).CreatedAsync();
            }
            foreach (var culture in french ? new[] { "en", "fr" } : ["en"])
                for (var i = 1; i <= count; i++)
                    await content.CreateAsync(await Items.NewMemberAsync(content, $"{name} {culture} town {i:000}", country.ContentItemId, culture), publish: true).CreatedAsync();
            return (country, fr);
        });

    /// <summary>The participants listed on a country page, each with the ordinal in brackets after its link.</summary>
    private static List<(string Name, string Ordinal)> Participants(string html)
    {
        var list = Regex.Match(html, "<ul class=\"participants\">([\\s\\S]*?)</ul>").Groups[1].Value;
        return Regex.Matches(list, "<li[^>]*><a href=\"[^\"]+\">([^<]+)</a>(?: \\(([^)]+)\\))?</li>").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
    }

    private static string Link(string html, string rel) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"<a href=\"([^\"]+)\" rel=\"{rel}\">").Groups[1].Value);

    [Theory]
    [InlineData("en", "/countries/", "Total: 53", "Page 1 of 2", "^[0-9]+(st|nd|rd|th)$")]
    [InlineData("fr", "/fr/pays/", "Total : 53", "Page 1 sur 2", "^[0-9]+(er|re|e)$")]
    public async Task A_country_with_more_participants_than_a_page_shows_the_first_page_and_links_to_the_next(string culture, string prefix, string total, string pageOf, string ordinal)
    {
        var (en, fr) = await CountryWithParticipantsAsync("Pagerland", PageSize + 3, french: true);
        var country = culture == "fr" ? fr! : en;
        var path = prefix + country.Slug;
        var client = site.Browser();

        var first = PublicSite.MainOf(await client.HtmlAsync(path));
        Assert.Contains(total, first);
        Assert.Contains(pageOf, first);
        var listed = Participants(first);
        Assert.Equal(PageSize, listed.Count);
        Assert.Equal($"Pagerland {culture} town 001", listed[0].Name);
        Assert.All(listed, p => Assert.Matches(ordinal, p.Ordinal));
        Assert.Equal("", Link(first, "prev"));

        var next = Link(first, "next");
        Assert.Equal($"{path}?page=2#country-participants", next);
        var second = PublicSite.MainOf(await client.HtmlAsync(next.Split('#')[0]));
        Assert.Equal([$"Pagerland {culture} town 051", $"Pagerland {culture} town 052", $"Pagerland {culture} town 053"], Participants(second).Select(p => p.Name));
        Assert.Contains(total, second);
        Assert.Equal("", Link(second, "next"));
        Assert.Equal($"{path}#country-participants", Link(second, "prev"));
        Assert.Empty(Participants(first).Intersect(Participants(second)));
    }

    [Fact]
    public async Task Nonsense_page_values_show_the_first_page_and_a_page_past_the_end_the_last_never_an_error()
    {
        var (country, _) = await CountryWithParticipantsAsync("Oddland", PageSize + 2);
        var path = "/countries/" + country.Slug;
        var client = site.Browser();
        var first = Participants(await client.HtmlAsync(path));
        var last = Participants(await client.HtmlAsync(path + "?page=2"));
        Assert.Equal(2, last.Count);

        foreach (var nonsense in new[] { "-1", "0", "abc", "1.5", "99999999999999", "%00", "%3Cscript%3E", new string('9', 300) })
            Assert.Equal(first, Participants(await client.HtmlAsync($"{path}?page={nonsense}")));
        Assert.Equal(last, Participants(await client.HtmlAsync(path + "?page=3")));
        Assert.Equal(last, Participants(await client.HtmlAsync(path + "?page=2147483647")));
    }

    [Fact]
    public async Task Each_page_is_cached_on_its_own_and_publishing_a_participant_of_the_country_evicts_the_second_page_too()
    {
        var (country, _) = await CountryWithParticipantsAsync("Cacheland", PageSize + 1);
        var path = "/countries/" + country.Slug;
        var client = site.Browser();
        await client.GetAsync(path);
        await client.GetAsync(path + "?page=2");
        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path + "?page=2");
        Assert.True(first.FromCache());
        Assert.True(second.FromCache());
        Assert.Equal(["Cacheland en town 051"], Participants(await second.Content.ReadAsStringAsync()).Select(p => p.Name));

        await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewMemberAsync(content, "Cacheland en town 052", country.ContentItemId), publish: true).CreatedAsync());

        var evicted = await client.GetAsync(path + "?page=2");
        Assert.False(evicted.FromCache());
        Assert.Equal(["Cacheland en town 051", "Cacheland en town 052"], Participants(await evicted.Content.ReadAsStringAsync()).Select(p => p.Name));
        Assert.Contains("Total: 52", await evicted.Content.ReadAsStringAsync());
        Assert.False((await client.GetAsync(path)).FromCache());
    }
}
