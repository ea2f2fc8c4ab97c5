using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class AdminBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_editor_signs_in_and_the_dashboard_list_and_editor_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();

        var login = await page.GotoAsync("/admin/content/Member");
        Assert.EndsWith("/admin/login?returnUrl=%2Fadmin%2Fcontent%2FMember", page.Url);
        Assert.Equal(200, login!.Status);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("User name or e-mail address").FillAsync("admin");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(CmsFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/Member");
        Assert.Equal("Participant", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        Assert.Equal("Dashboard", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/content/Member?q=tiv&culture=en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Tivat", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/member-tivat/edit");
        Assert.Equal("Tivat", await page.GetByLabel("Name of the authority").InputValueAsync());
        Assert.Equal("Montenegro", await page.Locator("#f-Member-Country option:checked").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        // A refused save keeps what was typed and shows the error next to the field, reachable from the summary.
        await page.GetByLabel("Total population").FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.Locator(".error-summary").WaitForAsync();
        Assert.Equal("-5", await page.GetByLabel("Total population").InputValueAsync());
        Assert.Contains("at least 0", await page.Locator("#f-Member-Population-error").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/content/NewsItem/new");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_focus_is_visible()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/login");

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
    }
}
