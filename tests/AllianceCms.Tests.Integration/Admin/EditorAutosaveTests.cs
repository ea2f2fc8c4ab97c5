using System.Net;
using System.Text.Json;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>The editor's background save: drafts only, antiforgery-protected, never over someone else's newer version.</summary>
[Collection("site")]
public sealed class EditorAutosaveTests(SiteFactory site)
{
    [Fact]
    public async Task Autosave_writes_a_draft_on_top_of_the_form_version_and_never_publishes()
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Autosaved")), publish: true).CreatedAsync());
        var editor = await AdminUsers.CreateAsync(site, "autosaver", "en", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var page = await session.GetAsync($"/admin/content/{news.ContentItemId}/edit");
        var autosaveUrl = page.Get("#content-form").GetAttribute("data-autosave-url");
        Assert.Equal($"/admin/content/{news.ContentItemId}/edit?handler=Autosave", autosaveUrl);

        var form = page.Form("#content-form").Set("NewsItem.Summary", "Typed, not yet saved by hand");
        var answer = await session.PostAsync(autosaveUrl!, form.Fields);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        using var json = JsonDocument.Parse(answer.Body);
        Assert.Equal(2, json.RootElement.GetProperty("number").GetInt32());
        Assert.Contains("Draft saved automatically", json.RootElement.GetProperty("message").GetString());
        var (latest, live) = await site.WithContentAsync(async (content, _) =>
            (await content.GetAsync(news.ContentItemId, VersionOptions.Latest), await content.GetAsync(news.ContentItemId, VersionOptions.Published)));
        Assert.Equal(json.RootElement.GetProperty("versionId").GetString(), latest!.ContentItemVersionId);
        Assert.False(latest.Published);
        Assert.Equal("Typed, not yet saved by hand", latest.Get<string>("NewsItem", "Summary"));
        Assert.Equal(1, live!.Number);
        Assert.Null(live.Get<string>("NewsItem", "Summary"));

        // The same form again still names version 1: someone (here, the autosave itself) saved since, so it is a conflict.
        var stale = await session.PostAsync(autosaveUrl!, form.Set("NewsItem.Summary", "Later").Fields);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("automatic saving is stopped", stale.Body);

        // With the version the script updates the form with, it goes on.
        var next = await session.PostAsync(autosaveUrl!, form.Set("BaseVersionId", latest.ContentItemVersionId).Fields);
        Assert.Equal(HttpStatusCode.OK, next.Status);
        var third = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Equal(3, third!.Number);
        Assert.Equal("Later", third.Get<string>("NewsItem", "Summary"));
    }

    [Fact]
    public async Task Autosave_refuses_requests_without_the_antiforgery_token_invalid_values_and_users_who_may_not_edit()
    {
        var news = await site.WithContentAsync(async (content, _) => await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Guarded")), publish: false).CreatedAsync());
        var editor = await AdminUsers.CreateAsync(site, "autosave-guard", "fr", "Editor");
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var url = $"/admin/content/{news.ContentItemId}/edit?handler=Autosave";
        var form = (await session.GetAsync($"/admin/content/{news.ContentItemId}/edit")).Form("#content-form");

        Assert.Equal(HttpStatusCode.BadRequest, (await session.PostAsync(url, form.Fields.Where(f => f.Key != AdminSession.AntiforgeryField))).Status);
        var invalid = await session.PostAsync(url, form.Set("DisplayText", "").Fields);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Status);
        Assert.Contains("champs sont à corriger", JsonDocument.Parse(invalid.Body).RootElement.GetProperty("message").GetString());

        var desk = await AdminUsers.CreateAsync(site, "autosave-desk", "en", "DeskEditor");
        using var deskSession = await AdminSession.SignedInAsync(site, desk.UserName, desk.Password);
        var deskPage = await deskSession.GetAsync($"/admin/content/{news.ContentItemId}/edit");
        Assert.True(string.IsNullOrEmpty(deskPage.Get("#content-form").GetAttribute("data-autosave-url")));
        Assert.Equal(HttpStatusCode.Forbidden, (await deskSession.PostWithTokenAsync(url, ("DisplayText", "Hijacked"), ("BaseVersionId", news.ContentItemVersionId))).Status);

        var stored = await site.WithContentAsync((content, _) => content.GetAsync(news.ContentItemId, VersionOptions.Latest));
        Assert.Equal(1, stored!.Number);
    }
}
