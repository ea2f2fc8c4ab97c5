using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class RolesAndAccountBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_roles_the_role_editor_the_settings_and_two_factor_set_up_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Roles", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/roles");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the role" }).ClickAsync();
        await page.Locator("#role-name-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Author", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/roles/Author");
        Assert.Equal("own", await page.Locator("#role-NewsItem-edit").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/settings");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Site name in English").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the settings" }).ClickAsync();
        await page.Locator("#settings-name-en-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/two-factor");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up two-factor sign-in" }).ClickAsync();
        await page.Locator("#two-factor-key").WaitForAsync();
        await page.GetByLabel("Six-digit code shown by the app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the code and turn on" }).ClickAsync();
        await page.Locator("#two-factor-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
