using System.Net;
using System.Text.RegularExpressions;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Data.Recipes;
using AllianceCms.Core.Menus;
using AllianceCms.Tests.Integration.Display;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin.Menus;

/// <summary>
/// The site's menus per language, edited in the admin and drawn by the theme through the <c>menu</c>
/// filter: on a site of its own, as these tests change the navigation of every page.
/// </summary>
public sealed partial class MenuEditorTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_recipe_seeds_the_main_and_footer_menus_in_each_language()
    {
        var en = await site.Browser().HtmlAsync("/");
        Assert.Equal(["/", "/participants", "/countries", "/news", "/glossary", "/about"], NavLinks(en, "main-nav"));
        Assert.Contains("<a href=\"/\" aria-current=\"page\">Home</a>", en);
        Assert.Equal(["/legal-notice", "/privacy", "/accessibility"], NavLinks(en, "footer-nav"));

        var fr = await site.Browser().HtmlAsync("/fr/actualites");
        Assert.Equal(["/fr", "/fr/participants", "/fr/pays", "/fr/actualites", "/fr/glossaire", "/fr/a-propos"], NavLinks(fr, "main-nav"));
        Assert.Contains("<a href=\"/fr/actualites\" aria-current=\"page\">Actualités</a>", fr);
        Assert.Contains(">Mentions légales</a>", fr);
    }

    [Fact]
    public async Task An_administrator_edits_the_english_menu_and_english_pages_show_it_while_french_ones_do_not_change()
    {
        var frBefore = NavLinks(await site.Browser().HtmlAsync("/fr/pays"), "main-nav");
        await site.Browser().HtmlAsync("/countries"); // now in the output cache
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var editor = await admin.GetAsync("/admin/menus/main/en");
        Assert.Equal("Home", editor.Form("#menu-form").Get("Label.0"));

        // Add an entry (not saved yet), fill it in, move it to the top, remove "Glossary", then save.
        var added = await admin.SubmitAsync(editor.Form("#menu-form"), "button[value=add]");
        Assert.Equal(HttpStatusCode.OK, added.Status);
        Assert.NotNull(added.Find("#menu-unsaved"));
        Assert.Equal(7, added.All("li.menu-entry").Count);
        var form = added.Form("#menu-form").Set("Label.6", "Partners").Set("Kind.6", "url").Set("Url.6", "https://partners.example.org/list");
        var moved = await admin.SubmitAsync(form, "button[value='up:6']");
        Assert.Equal("Partners", moved.Form("#menu-form").Get("Label.5"));
        var glossary = moved.All("li.menu-entry").Select((li, i) => (li, i)).Single(x => x.li.QuerySelector("input[name^=Label]")!.GetAttribute("value") == "Glossary").i;
        var removed = await admin.SubmitAsync(moved.Form("#menu-form"), $"button[value='remove:{glossary}']");
        Assert.Equal(6, removed.All("li.menu-entry").Count);

        var saved = await admin.SubmitAsync(removed.Form("#menu-form"), "button[value=save]");

        Assert.Equal("/admin/menus/main/en", saved.Location);
        Assert.Contains("is saved", (await admin.GetAsync(saved.Location!)).Text("[role=status]"));
        var en = await site.Browser().HtmlAsync("/countries");
        Assert.Equal(["/", "/participants", "/countries", "/news", "https://partners.example.org/list", "/about"], NavLinks(en, "main-nav"));
        Assert.Contains("<a href=\"/countries\" aria-current=\"page\">Countries</a>", en);
        Assert.Equal(frBefore, NavLinks(await site.Browser().HtmlAsync("/fr/pays"), "main-nav"));

        await using var scope = site.Scope();
        var entry = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Menus }, 0, 10)).Entries
            .First(e => e.SubjectId == "main/en");
        Assert.Equal(AuditActions.Changed, entry.Action);
        Assert.Contains("Partners", entry.Summary);

        // Put the menu back as the recipe had it, for the other tests of this site.
        var restored = await scope.ServiceProvider.GetRequiredService<MenuStore>().SaveAsync("main", "en",
        [
            new() { Label = "Home", Url = "/" }, new() { Label = "Participants", Url = "/participants" }, new() { Label = "Countries", Url = "/countries" },
            new() { Label = "News", Url = "/news" }, new() { Label = "Glossary", Url = "/glossary" }, new() { Label = "About the Alliance", ContentItemId = "page-about" },
        ]);
        Assert.True(restored.Saved);
    }

    [Fact]
    public async Task An_entry_to_an_item_follows_its_address_in_each_language_and_disappears_when_it_is_unpublished()
    {
        var (en, fr) = await site.WithContentAsync(async (content, _) =>
        {
            var en = await content.CreateAsync(await Items.NewCountryAsync(content, "Menuland", "QM"), publish: true).CreatedAsync();
            var fr = await content.LocalizeAsync(en.ContentItemId, "fr").CreatedAsync();
            fr.DisplayText = "Menulandie";
            fr.Slug = "menulandie";
            fr = await content.SaveAsync(fr, publish: true).CreatedAsync();
            return (en, fr);
        });
        await using (var scope = site.Scope())
        {
            var menus = scope.ServiceProvider.GetRequiredService<MenuStore>();
            // The French menu points at the English item: it follows the French variant's address.
            Assert.True((await menus.SaveAsync("footer", "en", [new() { Label = "Menuland", ContentItemId = en.ContentItemId }])).Saved);
            Assert.True((await menus.SaveAsync("footer", "fr", [new() { Label = "Menulandie", ContentItemId = en.ContentItemId }])).Saved);
        }
        Assert.Equal([en.Url()], NavLinks(await site.Browser().HtmlAsync("/"), "footer-nav"));
        Assert.Equal(["/fr/pays/menulandie"], NavLinks(await site.Browser().HtmlAsync("/fr"), "footer-nav"));

        await site.WithContentAsync(async (content, _) => await content.UnpublishAsync(fr.ContentItemId).CreatedAsync());
        // Untranslated now: the French menu links the English page, marked as English.
        Assert.Contains($"<a href=\"{en.Url()}\" lang=\"en\">Menulandie</a>", await site.Browser().HtmlAsync("/fr"));
        await site.WithContentAsync(async (content, _) => await content.UnpublishAsync(en.ContentItemId).CreatedAsync());
        Assert.Empty(NavLinks(await site.Browser().HtmlAsync("/"), "footer-nav"));

        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var editor = await admin.GetAsync("/admin/menus/footer/en");
        Assert.Equal("This item is not published: the entry is hidden on the site until it is.", editor.Text("#menu-item-0-state"));
        Assert.Equal(en.ContentItemId, editor.Form("#menu-form").Get("Item.0"));
        await RestoreFooterAsync();
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("//elsewhere.example/page")]
    [InlineData("ftp://files.example.org/a")]
    [InlineData("/with space")]
    public async Task A_bad_url_is_refused_next_to_its_entry_and_nothing_is_saved(string url)
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var form = (await admin.GetAsync("/admin/menus/main/en")).Form("#menu-form");

        var refused = await admin.SubmitAsync(form.Set("Kind.1", "url").Set("Url.1", url), "button[value=save]");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.StartsWith("This URL is not valid", refused.Text("#menu-target-1-error"));
        Assert.Equal("The menu is not saved: correct the entries marked below.", refused.Text("[role=alert]"));
        Assert.Equal(url, refused.Form("#menu-form").Get("Url.1"));
        await using var scope = site.Scope();
        Assert.Equal("/participants", (await scope.ServiceProvider.GetRequiredService<MenuStore>().GetAsync("main", "en"))![1].Url);
    }

    [Fact]
    public async Task A_french_administrator_reads_the_errors_in_french()
    {
        var user = await AdminUsers.CreateAsync(site, "menus-fr", "fr", "Administrator");
        using var admin = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        var form = (await admin.GetAsync("/admin/menus/main/fr")).Form("#menu-form");

        var refused = await admin.SubmitAsync(form.Set("Label.0", " ").Set("Kind.1", "url").Set("Url.1", "pays"), "button[value=save]");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("Ce champ est obligatoire.", refused.Text("#menu-label-0-error"));
        Assert.StartsWith("Cette URL n'est pas valide", refused.Text("#menu-target-1-error"));
    }

    [Fact]
    public async Task Users_without_the_settings_permission_are_refused()
    {
        var editor = await AdminUsers.CreateAsync(site, "menus-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/menus")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync("/admin/menus/main/en")).Status);
        var posted = await session.PostWithTokenAsync("/admin/menus/main/en", ("command", "save"), ("Rows", "0"), ("Label.0", "Taken"), ("Kind.0", "url"), ("Url.0", "/"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        await using var scope = site.Scope();
        Assert.Equal("Home", (await scope.ServiceProvider.GetRequiredService<MenuStore>().GetAsync("main", "en"))![0].Label);
    }

    [Fact]
    public async Task Unknown_menus_and_languages_are_not_found_and_posts_need_the_antiforgery_token()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var index = await admin.GetAsync("/admin/menus");
        Assert.NotNull(index.Find("a[href='/admin/menus/main/fr']"));
        Assert.NotNull(index.Find("a[href='/admin/menus/footer/en']"));

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/menus/sidebar/en")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/menus/main/de")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostWithTokenAsync("/admin/menus/sidebar/en", ("command", "save"))).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostWithTokenAsync("/admin/menus/main/en")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/admin/menus/main/en", [new("command", "save")])).Status);
        await using var scope = site.Scope();
        Assert.Equal(6, (await scope.ServiceProvider.GetRequiredService<MenuStore>().GetAsync("main", "en"))!.Count);
    }

    [Fact]
    public async Task The_menus_are_exported_with_the_site_and_imported_from_a_recipe()
    {
        await using var scope = site.Scope();
        var recipe = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync("menus-export");
        var step = Assert.Single(recipe.Steps, s => s["name"]!.GetValue<string>() == "Menus");
        Assert.Equal("Accueil", step["menus"]!["main"]!["fr"]![0]!["label"]!.GetValue<string>());
        Assert.Equal("page-legal-notice", step["menus"]!["footer"]!["en"]![0]!["contentItemId"]!.GetValue<string>());
    }

    private async Task RestoreFooterAsync()
    {
        await using var scope = site.Scope();
        var menus = scope.ServiceProvider.GetRequiredService<MenuStore>();
        Assert.True((await menus.SaveAsync("footer", "en", [new() { Label = "Legal notice", ContentItemId = "page-legal-notice" }, new() { Label = "Privacy notice", ContentItemId = "page-privacy" }, new() { Label = "Accessibility statement", ContentItemId = "page-accessibility" }])).Saved);
        Assert.True((await menus.SaveAsync("footer", "fr", [new() { Label = "Mentions légales", ContentItemId = "page-legal-notice-fr" }, new() { Label = "Politique de confidentialité", ContentItemId = "page-privacy-fr" }, new() { Label = "Déclaration d'accessibilité", ContentItemId = "page-accessibility-fr" }])).Saved);
    }

    /// <summary>The link targets of a navigation block ("main-nav", "footer-nav"), in order.</summary>
    private static List<string> NavLinks(string html, string navClass)
    {
        var nav = Regex.Match(html, $"<nav class=\"{navClass}\"[\\s\\S]*?</nav>").Value;
        return Href().Matches(nav).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("<a href=\"([^\"]*)\"")]
    private static partial Regex Href();
}

internal static class MenuTestItems
{
    /// <summary>A country's English address: "/countries/{slug}".</summary>
    public static string Url(this ContentItem country) => $"/countries/{country.Slug}";
}
