using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>An item's history page: versions with author and status, the word diff with the current one, restoring an old version.</summary>
[Collection("site")]
public sealed class VersionsHistoryTests(SiteFactory site)
{
    [Fact]
    public async Task An_editor_compares_an_old_news_version_field_by_field_and_restores_it_as_a_new_draft()
    {
        var editor = await AdminUsers.CreateAsync(site, "history-editor", "en", "Editor");
        var title = Items.Unique("Summit");
        var news = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewNewsAsync(content, title);
            item.Set("NewsItem", "Body", "<p>The <strong>summit</strong> opens in Strasbourg.</p>");
            item.Author = await AdminUsers.IdOfAsync(site, "admin");
            var created = await content.CreateAsync(item, publish: true).CreatedAsync();
            var edited = created.Clone();
            edited.Set("NewsItem", "Body", "<p>The summit opens in Lyon on Monday.</p>");
            edited.Author = editor.Id;
            return await content.SaveAsync(edited).CreatedAsync();
        });
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var history = await session.GetAsync($"/admin/content/{news.ContentItemId}/versions");

        Assert.Equal(HttpStatusCode.OK, history.Status);
        var rows = history.All(".versions-table tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("history-editor", rows[0].TextContent);
        Assert.Contains("Draft", rows[0].TextContent);
        Assert.Contains("Published", rows[1].TextContent);
        Assert.Null(rows[1].QuerySelector("th .badge"));

        var compare = await session.GetAsync(history.Get(".versions-table a[href*='compare=1']").GetAttribute("href")!);
        var body = compare.All(".diff-table tbody tr").Single(r => r.TextContent.Contains("Body"));
        // Rich text is compared as the words a reader sees, without the markup.
        Assert.DoesNotContain("<strong>", body.TextContent);
        Assert.Equal("Strasbourg.", body.QuerySelector("del")!.TextContent.Replace("removed:", "").Trim());
        Assert.Contains("Lyon on Monday.", body.QuerySelectorAll("ins").Select(i => i.TextContent).Single());
        Assert.DoesNotContain(compare.All(".diff-table tbody th"), th => th.TextContent.Contains("Kind"));

        var restored = await session.SubmitAsync(compare.Form(".version-compare form"));

        Assert.Equal(HttpStatusCode.Redirect, restored.Status);
        Assert.Contains("Version 1 is restored", (await session.GetAsync(restored.Location!)).Text("[role=status]"));
        var (latest, live) = await site.WithContentAsync(async (content, _) =>
            (await content.GetAsync(news.ContentItemId, VersionOptions.Latest), await content.GetAsync(news.ContentItemId, VersionOptions.Published)));
        Assert.Equal(3, latest!.Number);
        Assert.False(latest.Published);
        Assert.Equal("<p>The <strong>summit</strong> opens in Strasbourg.</p>", latest.Get<string>("NewsItem", "Body"));
        Assert.Equal(1, live!.Number);
    }

    [Fact]
    public async Task A_desk_editor_reads_the_history_but_may_not_restore_and_unknown_versions_are_not_found_in_french()
    {
        var country = await site.WithContentAsync(async (content, _) =>
        {
            var created = await content.CreateAsync(await Items.NewCountryAsync(content, Items.Unique("Historia"), "QH"), publish: true).CreatedAsync();
            var edited = created.Clone();
            edited.Set("Country", "NationalNetwork", "Network");
            return await content.SaveAsync(edited).CreatedAsync();
        });
        var desk = await AdminUsers.CreateAsync(site, "history-desk", "fr", "DeskEditor");
        using var session = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);
        var url = $"/admin/content/{country.ContentItemId}/versions";

        var compare = await session.GetAsync(url + "?compare=1");
        Assert.Equal(HttpStatusCode.OK, compare.Status);
        Assert.Contains("Réseau national", compare.Text(".diff-table"));
        Assert.Null(compare.Find(".version-compare form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await session.PostWithTokenAsync(url + "?handler=RestoreVersion", ("version", "1"))).Status);

        var unknown = await session.GetAsync(url + "?compare=99");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("fr", unknown.Get("html").GetAttribute("lang"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/content/no-such-item/versions")).Status);
        // A comparison that is not a number is ignored: the history shows, without a comparison.
        var bad = await session.GetAsync(url + "?compare=abc");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Null(bad.Find(".version-compare"));
    }

    [Fact]
    public async Task Restoring_needs_the_antiforgery_token_and_an_existing_version()
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Token")), publish: false).CreatedAsync());
        var editor = await AdminUsers.CreateAsync(site, "history-token", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var url = $"/admin/content/{news.ContentItemId}/versions?handler=RestoreVersion";

        Assert.Equal(HttpStatusCode.BadRequest, (await session.PostAsync(url, [new("version", "1")])).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.PostWithTokenAsync(url, ("version", "7"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.PostWithTokenAsync(url, ("version", "x"))).Status);
        var latest = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Equal(1, latest!.Number);
    }
}
