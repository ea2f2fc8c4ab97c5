using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Previewing the latest version of an item in the site's theme, from the admin, before it is published.</summary>
[Collection("site")]
public sealed class PreviewTests(SiteFactory site)
{
    [Fact]
    public async Task A_draft_is_previewed_in_the_theme_in_each_culture_never_cached_nor_indexed_while_the_site_still_shows_the_published_version()
    {
        var title = Items.Unique("Preview summit");
        var (news, french) = await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewNewsAsync(content, title), publish: true).CreatedAsync();
            var draft = created.Clone();
            draft.Set("NewsItem", "Body", "<p>Draft paragraph not yet public.</p>");
            await content.SaveAsync(draft).CreatedAsync();
            var fr = (await content.LocalizeAsync(created.ContentItemId, "fr")).Item!;
            fr.DisplayText = Items.Unique("Sommet en aperçu");
            fr.Set("NewsItem", "Body", "<p>Paragraphe du brouillon.</p>");
            return (created, await content.SaveAsync(fr).CreatedAsync());
        });
        var editor = await AdminUsers.CreateAsync(site, "previewer", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var edit = await session.GetAsync($"/admin/content/{news.ContentItemId}/edit");
        var links = edit.All(".item-links a[href$='/preview']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/admin/content/{news.ContentItemId}/preview", links);
        Assert.Contains($"/admin/content/{french.ContentItemId}/preview", links);

        var preview = await session.GetAsync($"/admin/content/{news.ContentItemId}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Draft paragraph not yet public.", preview.Body);
        Assert.Contains("no-store", preview.Response.Headers.CacheControl!.ToString());
        Assert.Contains("noindex", string.Join(",", preview.Response.Headers.GetValues("X-Robots-Tag")));
        Assert.Null(preview.Find(".admin-nav"));

        var frenchPreview = await session.GetAsync($"/admin/content/{french.ContentItemId}/preview");
        Assert.Equal("fr", frenchPreview.Get("html").GetAttribute("lang"));
        Assert.Contains("Paragraphe du brouillon.", frenchPreview.Body);

        // The public page still shows the published version.
        using var visitor = site.CreateClient();
        var live = await visitor.GetStringAsync((await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId))) is { Slug: { } slug } ? $"/news/{slug}" : "/");
        Assert.Contains(title, live);
        Assert.DoesNotContain("Draft paragraph not yet public.", live);
    }

    [Fact]
    public async Task Preview_is_refused_to_anonymous_visitors_and_unknown_items_are_not_found()
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Secret draft")), publish: false).CreatedAsync());
        using var anonymous = AdminSession.Anonymous(site);
        var refused = await anonymous.GetAsync($"/admin/content/{news.ContentItemId}/preview");
        Assert.Equal(HttpStatusCode.Redirect, refused.Status);
        Assert.Contains("/admin/login", refused.Location);

        var editor = await AdminUsers.CreateAsync(site, "preview-404", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var missing = await session.GetAsync("/admin/content/nothing-here/preview");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("fr", missing.Get("html").GetAttribute("lang"));
    }
}
