using System.Net;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Scheduling publication and unpublication from the editor: stored in UTC, shown, cancellable, checked.</summary>
[Collection("site")]
public sealed class ContentScheduleTests(SiteFactory site)
{
    [Fact]
    public async Task An_editor_schedules_a_draft_sees_the_schedule_and_cancels_it()
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Scheduled")), publish: false).CreatedAsync());
        var editor = await AdminUsers.CreateAsync(site, "scheduler", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var url = $"/admin/content/{news.ContentItemId}/edit";

        var form = (await session.GetAsync(url)).Form(".schedule-form").Set("PublishAt", "2030-03-01T08:30").Set("UnpublishAt", "2030-04-01T18:00");
        var saved = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var stored = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Equal(new DateTime(2030, 3, 1, 8, 30, 0, DateTimeKind.Utc), stored!.PublishAtUtc);
        Assert.Equal(new DateTime(2030, 4, 1, 18, 0, 0, DateTimeKind.Utc), stored.UnpublishAtUtc);
        Assert.False(stored.Published);
        var page = await session.GetAsync(url);
        Assert.Equal("2030-03-01T08:30:00Z", page.Get(".schedule-current time").GetAttribute("datetime"));
        Assert.Equal("2030-03-01T08:30", page.Get("#f-PublishAt").GetAttribute("value"));

        var cancelled = await session.SubmitAsync(page.Form(".item-schedule form[action*=CancelSchedule]"));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.Status);
        stored = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Null(stored!.PublishAtUtc);
        Assert.Null(stored.UnpublishAtUtc);
        Assert.Null((await session.GetAsync(url)).Find(".schedule-current"));
    }

    [Theory]
    [InlineData("not a date", "", "La date de publication n'est pas une date")]
    [InlineData("2001-01-01T10:00", "", "dans le futur")]
    [InlineData("2030-05-01T10:00", "2030-04-01T10:00", "doit suivre la date de publication")]
    [InlineData("", "", "Saisissez une date")]
    public async Task Bad_dates_are_refused_in_the_editors_language_and_nothing_is_scheduled(string publishAt, string unpublishAt, string expected)
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Mal programmé")), publish: false).CreatedAsync());
        var editor = await AdminUsers.CreateAsync(site, "programmeur", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);

        var form = (await session.GetAsync($"/admin/content/{news.ContentItemId}/edit")).Form(".schedule-form").Set("PublishAt", publishAt).Set("UnpublishAt", unpublishAt);
        var refused = await session.SubmitAsync(form);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains(expected, refused.Text("#schedule-errors"));
        Assert.Equal(publishAt, refused.Get("#f-PublishAt").GetAttribute("value") ?? "");
        var stored = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Null(stored!.PublishAtUtc);
        Assert.Null(stored.UnpublishAtUtc);
    }

    [Fact]
    public async Task An_author_without_the_right_to_publish_gets_no_schedule_and_is_refused()
    {
        var author = await AdminUsers.CreateAsync(site, "schedule-author", "en", "Author");
        var news = await site.WithContentAsync(async (content, _) =>
        {
            var item = await Items.NewNewsAsync(content, Items.Unique("Author's"));
            item.Owner = author.Id;
            return await content.CreateAsync(item, publish: false).CreatedAsync();
        });
        using var session = await AdminSession.SignedInAsync(site, author.UserName, author.Password);

        Assert.Null((await session.GetAsync($"/admin/content/{news.ContentItemId}/edit")).Find(".schedule-form"));
        var refused = await session.PostWithTokenAsync($"/admin/content/{news.ContentItemId}/edit?handler=Schedule", ("PublishAt", "2030-01-01T00:00"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }
}
