using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.PublicSite;

/// <summary>Every public page type, in both languages, passes axe-core; the directory's filters work from the keyboard alone.</summary>
[Collection("browser")]
public sealed class PublicPagesAccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("/", "en")]
    [InlineData("/fr", "fr")]
    [InlineData("/participants", "en")]
    [InlineData("/fr/participants?sort=ordinal&dir=desc&page=2", "fr")]
    [InlineData("/participants/tivat", "en")]
    [InlineData("/fr/participants/tivat", "fr")]
    [InlineData("/countries", "en")]
    [InlineData("/fr/pays", "fr")]
    [InlineData("/countries/serbia", "en")]
    [InlineData("/fr/pays/serbie", "fr")]
    [InlineData("/news", "en")]
    [InlineData("/fr/actualites?page=2", "fr")]
    [InlineData("/news?kind=event", "en")]
    [InlineData("/fr/actualites?kind=event", "fr")]
    [InlineData("/news/summit-of-mayors-on-roma-2011", "en")]
    [InlineData("/fr/actualites/tivat-127e-participant", "fr")]
    [InlineData("/glossary", "en")]
    [InlineData("/fr/glossaire", "fr")]
    [InlineData("/glossary/roma", "en")]
    [InlineData("/fr/glossaire/gens-du-voyage", "fr")]
    [InlineData("/about", "en")]
    [InlineData("/fr/a-propos", "fr")]
    public async Task Public_page_has_no_accessibility_violations(string path, string lang)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Directory_filters_are_usable_with_the_keyboard_alone()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/participants");
        await page.FocusAsync("#f-country");
        Assert.Equal("f-country", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("f-type", await page.EvaluateAsync<string>("document.activeElement.id"));
        // Choose "Region" by typing its first letters, as a keyboard user does on a closed list.
        await page.Keyboard.TypeAsync("Reg");
        Assert.Equal("region", await page.InputValueAsync("#f-type"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("f-priority", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("f-q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Anda");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("type=region", StringComparison.Ordinal));
        var rows = await page.Locator("table.directory tbody th[scope=row]").AllInnerTextsAsync();
        Assert.Contains("Andalusia", rows);
        Assert.All(rows, r => Assert.DoesNotContain("Tivat", r));
    }
}
