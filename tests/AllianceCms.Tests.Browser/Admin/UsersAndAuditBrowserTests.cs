using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class UsersAndAuditBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_administrator_creates_a_user_and_reads_the_audit_trail_without_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Users", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "New user" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users/new");
        await Accessibility.AssertNoViolationsAsync(page);
        // A refused form shows its errors next to the fields.
        await page.GetByLabel("User name").FillAsync("browser user!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await page.Locator("#user-name-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        var name = "browser-" + Guid.NewGuid().ToString("N")[..6];
        await page.GetByLabel("User name").FillAsync(name);
        await page.GetByLabel("E-mail address").FillAsync(name + "@example.org");
        await page.GetByLabel("Editor", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the user" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/users/*");
        Assert.Equal(name, await page.Locator("h1").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Audit trail" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/audit");
        await page.GetByLabel("Subject").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/audit?**");
        Assert.Contains(name, await page.Locator(".audit-table").TextContentAsync());
        await page.Locator(".audit-table details summary").First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/audit?from=not-a-date");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_forgot_and_reset_password_pages_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/forgot-password");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("E-mail address").FillAsync("nobody@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        await page.Locator("#forgot-sent").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/admin/account/reset-password?user=nobody&token=bad");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Some-Password-123");
        await page.GetByLabel("Confirm the new password").FillAsync("Some-Password-123");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the password" }).ClickAsync();
        await page.Locator("#reset-errors").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
