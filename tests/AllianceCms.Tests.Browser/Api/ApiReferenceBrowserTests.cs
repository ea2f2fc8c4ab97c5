using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Api;

[Collection("browser")]
public sealed class ApiReferenceBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_api_reference_renders_the_document_and_offers_its_oauth_flows_without_script_errors()
    {
        var page = await site.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };

        var response = await page.GotoAsync("/api/docs/");
        Assert.Equal(200, response!.Status);
        await page.GetByText("Content API").First.WaitForAsync();

        await page.GetByText("Select Auth Type").First.ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "oauth2" }).ClickAsync();
        await page.GetByText("clientCredentials").First.WaitForAsync();
        await page.GetByText("authorizationCode").First.WaitForAsync();
        var text = await page.Locator("body").InnerTextAsync();
        Assert.Contains("/api/connect/token", text);
        // Scalar's hosted add-ons are not offered: nothing on the page leads to a third party.
        Assert.DoesNotContain("Ask AI", text);
        Assert.DoesNotContain("Generate SDK", text);
        Assert.Empty(errors);
    }
}
