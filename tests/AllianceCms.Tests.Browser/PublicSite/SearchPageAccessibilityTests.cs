using AllianceCms.Tests.Browser.Infrastructure;

namespace AllianceCms.Tests.Browser.PublicSite;

/// <summary>The search page passes axe-core in both languages, with results, with none, and with an error; the header's box works without script.</summary>
[Collection("browser")]
public sealed class SearchPageAccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/search?q=Marne", "en", 200)]
    [InlineData("/fr/recherche?q=departement", "fr", 200)]
    [InlineData("/search?q=the&page=2", "en", 200)]
    [InlineData("/fr/recherche", "fr", 200)]
    [InlineData("/search?q=nothingmatchesthisword", "en", 200)]
    [InlineData("/fr/recherche?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "fr", 400)]
    public async Task Search_page_has_no_accessibility_violations(string path, string lang, int status)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(status, response!.Status);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_header_search_box_leads_to_the_results_in_the_pages_language()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/fr/participants");
        await page.FillAsync("#header-q", "Créteil");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("/fr/recherche?q=", StringComparison.Ordinal));
        Assert.Contains("Val-de-Marne", await page.InnerTextAsync("ol.search-results"));
    }
}
