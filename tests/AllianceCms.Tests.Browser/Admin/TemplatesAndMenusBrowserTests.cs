using AllianceCms.Tests.Browser.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>The template list and editor and the menu editor, in Chromium with axe-core; nothing is saved (the site is shared).</summary>
[Collection("browser")]
public sealed class TemplatesAndMenusBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_template_list_the_template_editor_and_its_error_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Templates", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/templates");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Content-NewsItem-Detail", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/templates/Content-NewsItem-Detail");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Override", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/templates/Content-NewsItem-Detail/edit");
        var editor = page.GetByLabel("Liquid source of Content-NewsItem-Detail");
        Assert.StartsWith("<article", await editor.InputValueAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await editor.FillAsync("<p>{% if item.title %}never closed</p>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the override" }).ClickAsync();
        await page.Locator("#template-editor-error").WaitForAsync();
        Assert.StartsWith("Line 1, column", await page.Locator("#template-editor-error").InnerTextAsync());
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task The_menus_and_the_menu_editor_with_its_picker_and_errors_have_no_accessibility_violations()
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Menus", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/admin/menus");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("a[href='/admin/menus/main/fr']").ClickAsync();
        await page.WaitForURLAsync("**/admin/menus/main/fr");
        Assert.Equal("Accueil", await page.GetByLabel("Label").First.InputValueAsync());
        // The content picker enhanced each entry's item list into a combobox.
        await page.Locator("#menu-item-5-combo").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an entry" }).ClickAsync();
        await page.Locator("#menu-unsaved").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the menu" }).First.ClickAsync();
        await page.Locator("#menu-label-6-error").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
