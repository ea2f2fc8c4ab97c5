using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Admin;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>The site settings pages, a role's deletion and the two-factor QR code, with axe-core and the CSP watching.</summary>
[Collection("browser")]
public sealed class SettingsBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_settings_pages_have_no_accessibility_violations_with_or_without_errors()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/settings");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.True(await page.Locator("#settings-cultures-why").IsVisibleAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "E-mail server", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/settings/mail");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Server name").FillAsync("smtp.example.org");
        await page.GetByLabel("Port").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await page.Locator("#mail-port-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send a test e-mail" }).ClickAsync();
        await page.Locator("#mail-test-result").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/settings");
        await page.GetByRole(AriaRole.Link, new() { Name = "Page cache", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/settings/cache");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Minutes a page stays in the cache").FillAsync("forever");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await page.Locator("#cache-minutes-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the page cache" }).ClickAsync();
        await page.Locator("[role=status]").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task Deleting_a_role_asks_for_a_confirmation_that_has_no_accessibility_violations()
    {
        var role = await AdminUsers.CreateRoleAsync(site.Site, "BrowserRole", "media.manage");
        await AdminUsers.CreateAsync(site.Site, "browser-role-member", "en", role);
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/roles");

        await page.Locator($"a[href='/admin/roles/{role}/delete']").ClickAsync();
        await page.WaitForURLAsync($"**/admin/roles/{role}/delete");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete the role" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/roles");
        Assert.Equal(0, await page.Locator($"a[href='/admin/roles/{role}']").CountAsync());

        await page.GotoAsync("/admin/roles/Editor/delete");
        await page.Locator("#role-delete-refused").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_two_factor_qr_code_is_drawn_without_breaking_the_content_security_policy()
    {
        var user = await AdminUsers.CreateAsync(site.Site, "browser-qr", "en", "Editor");
        var page = await site.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(message.Text);
        };
        await AdminSignIn.SignInAsync(page, "/admin/account/two-factor", user.UserName, user.Password);

        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code of the key for your authenticator app" });
        await qr.WaitForAsync();
        var box = await qr.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"The QR code is drawn at {box?.Width}×{box?.Height}.");
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Empty(refused);
    }
}
