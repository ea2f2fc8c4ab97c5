using AllianceCms.Tests.Browser.Infrastructure;

namespace AllianceCms.Tests.Browser;

[Collection("browser")]
public sealed class SmokeTests(BrowserSite site)
{
    [Theory]
    [InlineData("/", "en")]
    [InlineData("/fr/pays/france", "fr")]
    [InlineData("/participants/tivat", "en")]
    public async Task A_visitor_opens_a_page_in_its_language_and_it_has_no_accessibility_violations(string path, string lang)
    {
        var page = await site.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
