using System.Text.RegularExpressions;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Display;

/// <summary>
/// Published pages are served from the output cache until a content event makes them stale: then the
/// pages that showed the item, and the lists of its type, go at once, and nothing else.
/// </summary>
[Collection("display")]
public sealed class OutputCacheTests(DisplaySiteFactory site)
{
    private async Task<HttpResponseMessage> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private static Task<ContentItem> EditAsync(IContentManager content, ContentItem item, string intro, bool publish) =>
        content.SaveAsync(item.Clone().Set("Country", "Intro", $"<p>{intro}</p>"), publish).CreatedAsync();

    [Fact]
    public async Task A_published_change_shows_at_once_while_an_unrelated_page_stays_cached()
    {
        var changed = await site.PublishedCountryAsync(Items.Unique("Changeland"));
        var unrelated = await site.PublishedCountryAsync(Items.Unique("Stillland"));
        var client = site.Browser();

        Assert.False((await GetAsync(client, $"/countries/{changed.Slug}")).FromCache());
        Assert.True((await GetAsync(client, $"/countries/{changed.Slug}")).FromCache());
        await GetAsync(client, $"/countries/{unrelated.Slug}");
        Assert.True((await GetAsync(client, $"/countries/{unrelated.Slug}")).FromCache());

        await site.WithContentAsync((content, _) => EditAsync(content, changed, "A new introduction.", publish: true));

        var fresh = await GetAsync(client, $"/countries/{changed.Slug}");
        Assert.False(fresh.FromCache());
        Assert.Contains("A new introduction.", await fresh.Content.ReadAsStringAsync());
        Assert.True((await GetAsync(client, $"/countries/{unrelated.Slug}")).FromCache());
    }

    [Fact]
    public async Task A_draft_changes_nothing_the_public_sees_so_the_page_stays_cached()
    {
        var country = await site.PublishedCountryAsync(Items.Unique("Draftland"));
        var client = site.Browser();
        await GetAsync(client, $"/countries/{country.Slug}");

        await site.WithContentAsync((content, _) => EditAsync(content, country, "Not yet.", publish: false));

        var response = await GetAsync(client, $"/countries/{country.Slug}");
        Assert.True(response.FromCache());
        Assert.DoesNotContain("Not yet.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Publishing_an_item_refreshes_the_lists_of_its_type_and_the_pages_that_show_it()
    {
        var client = site.Browser();
        var before = Count(await (await GetAsync(client, "/countries")).Content.ReadAsStringAsync());
        Assert.True((await GetAsync(client, "/countries")).FromCache());
        await GetAsync(client, "/participants/tivat");
        Assert.True((await GetAsync(client, "/participants/tivat")).FromCache());
        await GetAsync(client, "/glossary");
        Assert.True((await GetAsync(client, "/glossary")).FromCache());

        await site.PublishedCountryAsync(Items.Unique("Newland"));
        Assert.Equal(before + 1, Count(await (await GetAsync(client, "/countries")).Content.ReadAsStringAsync()));
        Assert.True((await GetAsync(client, "/glossary")).FromCache()); // another type's list
        Assert.True((await GetAsync(client, "/participants/tivat")).FromCache());

        // Tivat's page shows its country: republishing Montenegro refreshes it.
        await site.WithContentAsync(async (content, _) =>
        {
            var montenegro = await content.GetAsync("country-me", VersionOptions.Latest) ?? throw new InvalidOperationException("No Montenegro in the recipe.");
            return await content.SaveAsync(montenegro.Clone(), publish: true).CreatedAsync();
        });
        Assert.False((await GetAsync(client, "/participants/tivat")).FromCache());
    }

    [Fact]
    public async Task Unpublishing_or_deleting_an_item_takes_its_page_away_at_once()
    {
        var gone = await site.PublishedCountryAsync(Items.Unique("Goneland"));
        var client = site.Browser();
        await GetAsync(client, $"/countries/{gone.Slug}");
        Assert.True((await GetAsync(client, $"/countries/{gone.Slug}")).FromCache());

        await site.WithContentAsync((content, _) => content.UnpublishAsync(gone.ContentItemId).CreatedAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync($"/countries/{gone.Slug}")).StatusCode);
    }

    [Fact]
    public async Task Publishing_a_translation_refreshes_the_language_switch_of_the_original()
    {
        var original = await site.PublishedCountryAsync(Items.Unique("Lonelyland"));
        var client = site.Browser();
        var html = await client.HtmlAsync($"/countries/{original.Slug}");
        Assert.Contains("href=\"/fr/pays\" hreflang=\"fr\"", html); // not translated: the nearest page in French

        var translation = await site.WithContentAsync(async (content, _) =>
        {
            var variant = (await content.LocalizeAsync(original.ContentItemId, "fr")).Item!;
            variant.DisplayText = original.DisplayText + " (fr)";
            return await content.SaveAsync(variant, publish: true).CreatedAsync();
        });

        html = await client.HtmlAsync($"/countries/{original.Slug}");
        Assert.Contains($"href=\"/fr/pays/{translation.Slug}\" hreflang=\"fr\"", html);
    }

    private static int Count(string html) =>
        int.Parse(Regex.Match(html, @"<p>([\d,\s  ]+) items</p>").Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
}
