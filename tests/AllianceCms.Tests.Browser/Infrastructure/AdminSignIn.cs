using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Infrastructure;

/// <summary>Signs in on the admin's login form as a person would, and waits for the page it leads to.</summary>
public static class AdminSignIn
{
    public static async Task SignInAsync(IPage page, string returnPath = "/admin", string userName = "admin", string? password = null)
    {
        await page.GotoAsync("/admin/login?returnUrl=" + Uri.EscapeDataString(returnPath));
        await page.GetByLabel("User name or e-mail address").FillAsync(userName);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password ?? CmsFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**" + returnPath);
    }
}
