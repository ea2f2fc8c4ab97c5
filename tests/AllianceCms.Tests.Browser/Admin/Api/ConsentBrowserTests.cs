using AllianceCms.Api.Clients;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin.Api;

/// <summary>A browser app's consent page in Chromium: sign in first, then allow, with axe-core.</summary>
[Collection("browser")]
public sealed class ConsentBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_user_signs_in_allows_a_browser_app_and_is_sent_back_with_a_code_without_accessibility_violations()
    {
        var redirectUri = site.BaseUrl + "/app-callback";
        ApiClient app;
        await using (var scope = site.Site.Scope())
            (app, _) = await scope.ServiceProvider.GetRequiredService<ApiClientStore>().CreateAsync(
                new ApiClientSettings("Reader app", [ApiScopes.ContentDrafts], null, [], 100, ApiClientKind.BrowserApp, [redirectUri]), default);
        var authorize = QueryHelpers.AddQueryString(BrowserAppConsent.Path, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = app.ClientId,
            ["redirect_uri"] = redirectUri,
            ["scope"] = ApiScopes.ContentDrafts,
            ["state"] = "browser-state",
            ["code_challenge"] = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            ["code_challenge_method"] = "S256",
        });

        var page = await site.NewPageAsync();
        await page.GotoAsync(authorize);
        await page.WaitForURLAsync("**/admin/login?**");
        await page.GetByLabel("User name or e-mail address").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(CmsFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.Locator("#consent-form").WaitForAsync();
        Assert.Contains("Reader app", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Allow" }).ClickAsync();
        await page.WaitForURLAsync("**/app-callback?**");
        var query = QueryHelpers.ParseQuery(new Uri(page.Url).Query);
        Assert.False(string.IsNullOrEmpty(query["code"]));
        Assert.Equal("browser-state", query["state"].ToString());

        // A request naming a redirect URI the app did not register is explained here, not followed.
        await page.GotoAsync(authorize.Replace(Uri.EscapeDataString(redirectUri), Uri.EscapeDataString("https://elsewhere.example.net/cb"), StringComparison.Ordinal));
        await page.Locator("#consent-error-code").WaitForAsync();
        Assert.DoesNotContain("elsewhere", new Uri(page.Url).Host, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
