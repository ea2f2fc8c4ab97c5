using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.PublicSite;

/// <summary>The Alliance site with a map that groups participants per country above five of them (the recipe has dozens).</summary>
public sealed class GroupedMapBrowserSite() : BrowserSite(new Dictionary<string, string> { ["Participants:Map:GroupAbove"] = "5" });

[CollectionDefinition("browser-grouped-map")]
public sealed class GroupedMapBrowserCollection : ICollectionFixture<GroupedMapBrowserSite>;

/// <summary>A directory whose map draws one point per country passes axe-core, and its points are links reached with the keyboard.</summary>
[Collection("browser-grouped-map")]
public sealed class GroupedMapBrowserTests(GroupedMapBrowserSite site)
{
    [Theory]
    [InlineData("/participants", "en")]
    [InlineData("/fr/participants?type=municipality", "fr")]
    public async Task A_directory_with_a_grouped_map_has_no_accessibility_violations(string path, string lang)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        Assert.True(await page.Locator("a.map-group").CountAsync() > 1);
        Assert.Equal(0, await page.Locator("a.map-point").CountAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task A_countrys_point_is_reached_with_the_tab_key_and_opens_the_country_page()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/participants");
        await page.FocusAsync("#f-q");
        string? label = null;
        for (var i = 0; i < 300 && label is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            label = await page.EvaluateAsync<string?>("document.activeElement.matches('a.map-group') ? document.activeElement.getAttribute('aria-label') : null");
        }
        Assert.NotNull(label);
        Assert.Matches("^.+: [0-9]+ participants?$", label);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/countries/*");
        Assert.StartsWith(label.Split(':')[0], await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
    }
}

/// <summary>A country page with more participants than a page holds, on its second page, in both languages.</summary>
[Collection("browser-grouped-map")]
public sealed class CountryPagerBrowserTests(GroupedMapBrowserSite site)
{
    [Fact]
    public async Task Both_pages_of_a_big_countrys_participants_have_no_accessibility_violations_in_either_language()
    {
        var (en, fr) = await site.Site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Pagerland")), publish: true).CreatedAsync();
            var variant = (await content.LocalizeAsync(created.ContentItemId, "fr")).Item!;
            variant.DisplayText = created.DisplayText + " (fr)";
            var french = await content.SaveAsync(variant, publish: true).CreatedAsync();
            foreach (var culture in new[] { "en", "fr" })
                for (var i = 1; i <= 52; i++)
                    await content.CreateAsync(await Items.NewMemberAsync(content, $"Pager town {i:000}", created.ContentItemId, culture), publish: true).CreatedAsync();
            return (created, french);
        });

        foreach (var (path, lang) in new[] { ($"/countries/{en.Slug}", "en"), ($"/fr/pays/{fr.Slug}", "fr") })
        {
            var page = await site.NewPageAsync();
            await page.GotoAsync(path);
            await Accessibility.AssertNoViolationsAsync(page);
            await page.Locator("nav.pager a[rel=next]").ClickAsync();
            await page.WaitForURLAsync("**?page=2#country-participants");
            Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
            Assert.Equal(2, await page.Locator("ul.participants li").CountAsync());
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
