using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin.Api;

/// <summary>The API pages of the admin in Chromium: clients, webhooks and GraphiQL, with axe-core.</summary>
[Collection("browser")]
public sealed class ApiAdminBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_administrator_creates_an_api_client_and_a_webhook_without_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "API clients" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/api/clients");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Browser origins (CORS)").FillAsync("not an origin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        await page.Locator("#client-name-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser app");
        await page.GetByLabel("Browser origins (CORS)").FillAsync("https://app.example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create client" }).ClickAsync();
        await page.Locator("#new-client-secret").WaitForAsync();
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("#new-client-secret").TextContentAsync()));
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/api/webhooks");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Browser receiver");
        await page.GetByLabel("Receiver URL").FillAsync("https://hooks.example.org/cms");
        await page.GetByLabel("content.published").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Subscribe" }).ClickAsync();
        await page.Locator("#new-webhook-secret").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task GraphiQL_runs_a_query_from_our_origin()
    {
        var page = await site.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal) && message.Text.Contains("script", StringComparison.Ordinal)) violations.Add(message.Text); };
        await AdminSignIn.SignInAsync(page);

        await page.GotoAsync("/admin/api/graphiql");
        await page.Locator(".graphiql-container").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();
        await page.Locator(".result-window").GetByText("Query").First.WaitForAsync();
        Assert.Empty(violations);
    }
}
