using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.JoinForm;

[Collection("browser")]
public sealed class JoinSettingsBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_administrator_opens_the_join_application_settings_from_the_inbox_and_a_refused_value_is_explained_without_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page, "/admin/tasks");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings: Join applications" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/tasks/settings/join-applications");
        Assert.Equal("Join applications", await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Keep the personal data of rejected or abandoned applications for (days)").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.Locator("#settings-errors").WaitForAsync();
        Assert.Contains("from 30 to", await page.Locator("#setting-RetentionDays-error").TextContentAsync());
        Assert.Equal("2", await page.GetByLabel("Keep the personal data of rejected or abandoned applications for (days)").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
