using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Bulk publish, unpublish and delete from a list: each item checked against the user's rights, and a summary.</summary>
[Collection("site")]
public sealed class ContentBulkActionsTests(SiteFactory site)
{
    [Fact]
    public async Task An_editor_publishes_the_checked_drafts_and_is_told_what_happened()
    {
        var word = Guid.NewGuid().ToString("N")[..8];
        var (first, second, live) = await site.WithContentAsync(async (content, _) => (
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Bulk one {word}"), publish: false).CreatedAsync(),
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Bulk two {word}"), publish: false).CreatedAsync(),
            await content.CreateAsync(await Items.NewNewsAsync(content, $"Bulk live {word}"), publish: true).CreatedAsync()));
        var editor = await AdminUsers.CreateAsync(site, "bulk-editor", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var list = await session.GetAsync($"/admin/content/NewsItem?q={word}");

        var form = list.Form("#bulk-form").Set("action", "publish").Set("ids", first.ContentItemId, second.ContentItemId, live.ContentItemId, "no-such-item");
        var done = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal($"/admin/content/NewsItem?q={word}", done.Location);
        var back = await session.GetAsync(done.Location!);
        Assert.Contains("2 published; 0 refused", back.Text("[role=status]"));
        Assert.Contains("2 left as they were", back.Text("[role=status]"));
        var published = await site.WithContentAsync(async (content, _) =>
            (await content.GetAsync(first.ContentItemId), await content.GetAsync(second.ContentItemId)));
        Assert.NotNull(published.Item1);
        Assert.NotNull(published.Item2);

        var deleted = await session.SubmitAsync((await session.GetAsync(done.Location!)).Form("#bulk-form").Set("action", "delete").Set("ids", live.ContentItemId));
        Assert.Contains("1 deleted", (await session.GetAsync(deleted.Location!)).Text("[role=status]"));
        var liveNow = await site.WithContentAsync((content, _) => content.GetAsync(live.ContentItemId, VersionOptions.Latest));
        Assert.True(liveNow!.IsDeleted);
    }

    [Fact]
    public async Task Items_the_user_may_not_act_on_are_refused_one_by_one_in_their_language()
    {
        var author = await AdminUsers.CreateAsync(site, "bulk-author", "fr", "Author");
        var role = await AdminUsers.CreateRoleAsync(site, "OwnDeleter", "content.view:*", "content.delete.own:NewsItem");
        var deleter = await AdminUsers.CreateAsync(site, "bulk-own", "fr", role);
        var (own, other) = await site.WithContentAsync(async (content, _) =>
        {
            var mine = await Items.NewNewsAsync(content, Items.Unique("Mine"));
            mine.Owner = deleter.Id;
            return (await content.CreateAsync(mine, publish: false).CreatedAsync(),
                await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Not mine")), publish: false).CreatedAsync());
        });
        using var session = await AdminSession.SignedInAsync(site, deleter.UserName, deleter.Password);

        var result = await session.PostWithTokenAsync("/admin/content/NewsItem?handler=Bulk", ("action", "delete"), ("ids", own.ContentItemId), ("ids", other.ContentItemId));

        Assert.Equal(HttpStatusCode.Redirect, result.Status);
        Assert.Contains("1 supprimés ; 1 refusés", (await session.GetAsync(result.Location!)).Text("[role=status]"));
        var (ownNow, otherNow) = await site.WithContentAsync(async (content, _) =>
            (await content.GetAsync(own.ContentItemId, VersionOptions.Latest), await content.GetAsync(other.ContentItemId, VersionOptions.Latest)));
        Assert.True(ownNow!.IsDeleted);
        Assert.False(otherNow!.IsDeleted);
        Assert.Equal(HttpStatusCode.BadRequest, (await session.PostAsync("/admin/content/NewsItem?handler=Bulk", [new("action", "delete"), new("ids", other.ContentItemId)])).Status);

        using var authorSession = await AdminSession.SignedInAsync(site, author.UserName, author.Password);
        Assert.Null((await authorSession.GetAsync("/admin/content/NewsItem")).Find("#bulk-form"));
    }
}
