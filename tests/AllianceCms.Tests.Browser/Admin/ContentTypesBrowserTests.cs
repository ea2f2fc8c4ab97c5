using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

[Collection("browser")]
public sealed class ContentTypesBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_administrator_creates_a_type_and_adds_a_field_by_clicks_on_pages_without_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);
        var type = "Leaflet" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

        await page.GetByRole(AriaRole.Link, new() { Name = "Content types", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content-types");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync(type);
        await page.GetByLabel("Label in English", new() { Exact = true }).FillAsync("Leaflet");
        await page.GetByLabel("Label in French", new() { Exact = true }).FillAsync("Dépliant");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the type" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content-types/{type}");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator($"a[href$='/parts/{type}/add-field']").ClickAsync();
        await page.WaitForURLAsync($"**/parts/{type}/add-field");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the field" }).ClickAsync();
        await page.Locator("#field-name-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Technical name", new() { Exact = true }).FillAsync("Audience");
        await page.GetByLabel("Kind", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Choice from a list" });
        await page.GetByLabel("Label in English", new() { Exact = true }).FillAsync("Audience");
        await page.GetByLabel("Label in French", new() { Exact = true }).FillAsync("Public");
        await page.GetByLabel("Stored value of choice 1").FillAsync("youth");
        await page.GetByLabel("English label of choice 1").FillAsync("Young people");
        await page.GetByLabel("French label of choice 1").FillAsync("Jeunes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the field" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content-types/{type}");
        Assert.Contains("“Audience” is added", await page.Locator("[role=status]").InnerTextAsync());
        Assert.Equal(1, await page.Locator($"tr[data-field='{type}.Audience']").CountAsync());

        await page.Locator($"tr[data-field='{type}.Audience'] th a").ClickAsync();
        await page.WaitForURLAsync($"**/fields/Audience");
        Assert.Equal("youth", await page.GetByLabel("Stored value of choice 1").InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/content/{type}/new");
        Assert.Equal(1, await page.Locator($"#f-{type}-Audience").CountAsync());

        await page.GotoAsync($"/admin/content-types/{type}");
        await page.Locator($"tr[data-field='{type}.Audience'] button[formaction*='RemoveField']").ClickAsync();
        await page.Locator($"li[data-removed-field='{type}.Audience']").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator($"li[data-removed-field='{type}.Audience'] a").ClickAsync();
        await page.WaitForURLAsync($"**/removed/Audience");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Purge for good" }).ClickAsync();
        await page.WaitForURLAsync($"**/admin/content-types/{type}");
        Assert.Equal(0, await page.Locator($"li[data-removed-field='{type}.Audience']").CountAsync());
    }
}
