using AllianceCms.Core.Content;
using AllianceCms.Tests.Browser.Infrastructure;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.Playwright;

namespace AllianceCms.Tests.Browser.Admin;

/// <summary>
/// An editor's journeys with the scripts on: the WYSIWYG toolbar and the content picker while writing a
/// news item, translating it side by side, its history and preview — each page free of axe violations.
/// </summary>
[Collection("browser")]
public sealed class EditorBrowserTests(BrowserSite site)
{
    private static async Task<IPage> SignInAsync(BrowserSite site)
    {
        var page = await site.NewPageAsync();
        await AdminSignIn.SignInAsync(page);
        return page;
    }

    [Fact]
    public async Task An_editor_writes_rich_text_picks_a_country_translates_and_reads_the_history_and_preview()
    {
        var page = await SignInAsync(site);
        var title = Items.Unique("Browser summit");
        await page.GotoAsync("/admin/content/NewsItem/new");
        await page.Locator(".rich-text-content").First.WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.Locator("#f-DisplayText").FillAsync(title);
        await page.GetByLabel("Publication date").FillAsync("2026-11-20");
        await page.Locator("#f-NewsItem-Kind").SelectOptionAsync("news");

        // The toolbar: labelled buttons, toggles that say whether they are on.
        var body = page.GetByRole(AriaRole.Textbox, new() { Name = "Body" });
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Mayors meet in ");
        var bold = page.GetByRole(AriaRole.Button, new() { Name = "Bold" }).First;
        await bold.ClickAsync();
        Assert.Equal("true", await bold.GetAttributeAsync("aria-pressed"));
        // The button hands the focus back to the text; type once it is there.
        await page.WaitForFunctionAsync("() => document.activeElement?.classList.contains('rich-text-content')");
        await page.Keyboard.TypeAsync("Strasbourg");

        // The combobox: type, arrow down, Enter; the chosen country shows as a removable chip.
        var countries = page.GetByRole(AriaRole.Combobox, new() { Name = "Related countries" });
        await countries.FillAsync("Fran");
        var option = page.GetByRole(AriaRole.Option, new() { Name = "France", Exact = true });
        await option.WaitForAsync();
        await countries.PressAsync("ArrowDown");
        await countries.PressAsync("Enter");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove “France”" }).WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/content/*/edit");
        var id = page.Url.Split('/')[^2];
        var saved = await site.Site.WithContentAsync((content, _) => content.GetAsync(id, VersionOptions.Latest));
        Assert.Matches("^<p>Mayors meet in ?<strong> ?Strasbourg</strong></p>$", saved!.Get<string>("NewsItem", "Body"));
        Assert.Equal(["country-fr"], saved.Get("NewsItem", "RelatedCountries")!.AsArray().Select(n => n!.GetValue<string>()));
        await Accessibility.AssertNoViolationsAsync(page);

        // Translate: the French draft opens with the English text next to each field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Translate into Français" }).ClickAsync();
        await page.WaitForURLAsync("**/edit?source=en");
        Assert.Contains("Mayors meet in Strasbourg", await page.Locator("#f-NewsItem-Body-source").TextContentAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync($"/admin/content/{id}/versions");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/admin/translations");
        await Accessibility.AssertNoViolationsAsync(page);

        var preview = await page.GotoAsync($"/admin/content/{id}/preview");
        Assert.Equal(200, preview!.Status);
        Assert.Contains("Strasbourg", await page.ContentAsync());
    }

    [Fact]
    public async Task Leaving_with_unsaved_changes_asks_first_and_an_old_news_version_is_restored()
    {
        var news = await site.Site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Restorable")), publish: true).CreatedAsync();
            var edited = created.Clone();
            edited.Set("NewsItem", "Summary", "A later summary");
            return await content.SaveAsync(edited).CreatedAsync();
        });
        var page = await SignInAsync(site);
        await page.GotoAsync($"/admin/content/{news.ContentItemId}/edit");
        await page.GetByLabel("Summary").FillAsync("Typed but not saved");
        // The browser asks before leaving; staying keeps what was typed.
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            // Staying on the page: the click's navigation is cancelled.
            await dialog.DismissAsync();
            asked.TrySetResult(dialog.Type);
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Version history" }).ClickAsync(new() { NoWaitAfter = true });
        // A bound on waiting, so that a missing dialog fails the test instead of hanging it.
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.EndsWith("/edit", page.Url);
        Assert.Equal("Typed but not saved", await page.GetByLabel("Summary").InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Version history" }).ClickAsync();
        await page.WaitForURLAsync("**/versions");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare with the current version (Version 1)" }).ClickAsync();
        await page.Locator(".diff-table").WaitForAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore version 1" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        Assert.Contains("Version 1 is restored", await page.Locator("[role=status]").First.TextContentAsync());
        Assert.Equal("", await page.GetByLabel("Summary").InputValueAsync());
    }
}
