using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Translating an item into the other culture side by side, and the list of translations to do.</summary>
[Collection("site")]
public sealed class TranslationTests(SiteFactory site)
{
    [Fact]
    public async Task Translate_into_french_creates_the_french_draft_and_shows_the_english_values_next_to_its_fields()
    {
        var title = Items.Unique("Translated summit");
        var news = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewNewsAsync(content, title);
            item.Set("NewsItem", "Summary", "Mayors meet").Set("NewsItem", "Body", "<p>Welcome <em>here</em>.</p>");
            return await content.CreateAsync(item, publish: true).CreatedAsync();
        });
        var editor = await AdminUsers.CreateAsync(site, "translator", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var editPage = await session.GetAsync($"/admin/content/{news.ContentItemId}/edit");
        Assert.Equal("Translate into Français", editPage.Text(".item-translate button"));
        var translated = await session.SubmitAsync(editPage.Form(".item-translate form"));

        Assert.Equal(HttpStatusCode.Redirect, translated.Status);
        Assert.EndsWith("?source=en", translated.Location);
        var french = await site.WithContentAsync((content, _) => content.GetVariantAsync(news.LocalizationSet, "fr", VersionOptions.Latest));
        Assert.NotNull(french);
        Assert.False(french.Published);
        Assert.StartsWith($"/admin/content/{french.ContentItemId}/edit", translated.Location);

        var sideBySide = await session.GetAsync(translated.Location!);
        Assert.Contains("A draft in Français is created", sideBySide.Text("[role=status]"));
        Assert.Equal("Mayors meet", sideBySide.Text("#f-NewsItem-Summary-source .source-text"));
        Assert.Equal("en", sideBySide.Get("#f-NewsItem-Summary-source .source-text").GetAttribute("lang"));
        Assert.Contains("f-NewsItem-Summary-source", sideBySide.Get("#f-NewsItem-Summary").GetAttribute("aria-describedby"));
        // Rich text is shown as text; shared fields (the kind, the date) only once.
        Assert.Equal("Welcome here.", sideBySide.Text("#f-NewsItem-Body-source .source-text"));
        Assert.Null(sideBySide.Find("#f-NewsItem-Kind-source"));
        Assert.Equal(title, sideBySide.Text("#f-DisplayText-source .source-text"));

        // Translating again opens the existing French variant instead of creating another.
        var again = await session.PostWithTokenAsync($"/admin/content/{news.ContentItemId}/edit?handler=Translate", ("culture", "fr"));
        Assert.StartsWith($"/admin/content/{french.ContentItemId}/edit", again.Location);
        var variants = await site.WithContentAsync((content, _) => content.GetVariantsAsync(news.LocalizationSet));
        Assert.Equal(2, variants.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await session.PostWithTokenAsync($"/admin/content/{news.ContentItemId}/edit?handler=Translate", ("culture", "xx"))).Status);

        // Saving with the source shown keeps it next to the fields when there are errors.
        var form = sideBySide.Form("#content-form").Set("DisplayText", "");
        var invalid = await session.SubmitAsync(form);
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.Equal("Mayors meet", invalid.Text("#f-NewsItem-Summary-source .source-text"));
    }

    [Fact]
    public async Task The_translations_page_lists_missing_and_outdated_cultures_filtered_by_type_and_culture_and_the_dashboard_counts_them()
    {
        var (untranslated, outdated) = await site.WithContentAsync(async (content, _) =>
        {
            var lonely = await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Only English")), publish: true).CreatedAsync();
            var original = await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Changed later")), publish: true).CreatedAsync();
            var french = (await content.LocalizeAsync(original.ContentItemId, "fr")).Item!;
            french.DisplayText = Items.Unique("Modifié plus tard");
            await content.SaveAsync(french).CreatedAsync();
            site.Clock.Advance(TimeSpan.FromSeconds(1));
            var latest = (await content.GetAsync(original.ContentItemId, VersionOptions.Latest))!;
            latest.Set("NewsItem", "Summary", "A new paragraph");
            await content.SaveAsync(latest).CreatedAsync();
            return (lonely, french);
        });
        var editor = await AdminUsers.CreateAsync(site, "translations-list", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var page = await session.GetAsync("/admin/translations?type=NewsItem&culture=fr");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var rows = page.All(".translations-table tbody tr");
        var missing = rows.Single(r => r.TextContent.Contains(untranslated.DisplayText));
        Assert.Contains("Manquante", missing.TextContent);
        Assert.EndsWith($"/admin/content/{untranslated.ContentItemId}/edit", missing.QuerySelector("a")!.GetAttribute("href"));
        var old = rows.Single(r => r.TextContent.Contains(outdated.DisplayText));
        Assert.Contains("Pas à jour", old.TextContent);
        Assert.Contains($"/admin/content/{outdated.ContentItemId}/edit?source=en", old.QuerySelector("a")!.GetAttribute("href"));

        var english = await session.GetAsync("/admin/translations?type=NewsItem&culture=en");
        Assert.DoesNotContain(english.All(".translations-table tbody tr"), r => r.TextContent.Contains(untranslated.DisplayText));
        var countries = await session.GetAsync("/admin/translations?type=Country&culture=fr");
        Assert.DoesNotContain(countries.All(".translations-table tbody tr"), r => r.TextContent.Contains(untranslated.DisplayText));
        var badFilters = await session.GetAsync("/admin/translations?type=NoSuchType&culture=xx");
        Assert.Equal(HttpStatusCode.OK, badFilters.Status);

        var dashboard = await session.GetAsync("/admin");
        var link = dashboard.Get(".translations-summary a");
        Assert.Equal("/admin/translations", link.GetAttribute("href"));
        Assert.Matches("^[0-9]+ traductions manquantes ou pas à jour$", link.TextContent.Trim());
    }

    [Fact]
    public async Task A_desk_editor_may_not_translate_and_a_type_without_cultures_has_no_translation()
    {
        var country = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Deskland"), "QD"), publish: true).CreatedAsync());
        var desk = await AdminUsers.CreateAsync(site, "translate-desk", "en", "DeskEditor");
        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);

        Assert.Null((await session.GetAsync($"/admin/content/{country.ContentItemId}/edit")).Find(".item-translate"));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostWithTokenAsync($"/admin/content/{country.ContentItemId}/edit?handler=Translate", ("culture", "fr"))).Status);
        Assert.Null(await site.WithContentAsync((content, _) => content.GetVariantAsync(country.LocalizationSet, "fr", VersionOptions.Latest)));
    }
}
