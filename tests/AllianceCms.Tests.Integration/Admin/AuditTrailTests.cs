using System.Net;
using System.Text.Json.Nodes;
using AllianceCms.Core.Audit;
using AllianceCms.Core.Content;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class AuditTrailTests(SiteFactory site)
{
    private async Task<IReadOnlyList<AuditEntry>> EntriesAsync(AuditQuery query)
    {
        await using var scope = site.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(query, 0, 200);
        return page.Entries.Reverse().ToList();
    }

    [Fact]
    public async Task Every_content_operation_is_recorded_and_an_update_lists_the_fields_that_changed()
    {
        var title = Items.Unique("Audited news");
        var id = await site.WithContentAsync(async (content, _) =>
        {
            var item = await content.CreateAsync(await Items.NewNewsAsync(content, title), publish: false).CreatedAsync();
            item.Set("NewsItem", "Summary", "A new summary");
            item = (await content.SaveAsync(item, publish: true)).Item!;
            await content.UnpublishAsync(item.ContentItemId);
            await content.DeleteAsync(item.ContentItemId);
            await content.RestoreAsync(item.ContentItemId);
            return item.ContentItemId;
        });

        var entries = await EntriesAsync(new AuditQuery { Subject = id });

        Assert.Equal(
            [AuditActions.Created, AuditActions.Updated, AuditActions.Published, AuditActions.Unpublished, AuditActions.Deleted, AuditActions.Restored],
            entries.Select(e => e.Action));
        Assert.All(entries, e =>
        {
            Assert.Equal(AuditCategories.Content, e.Category);
            Assert.Equal("NewsItem", e.SubjectType);
            Assert.Equal(title, e.SubjectTitle);
            Assert.Equal(AuditActor.SystemKind, e.Actor.Kind);
        });
        var update = entries[1];
        Assert.Equal("NewsItem.Summary", update.Summary);
        var change = Assert.Single(JsonNode.Parse(update.Details!)!["changes"]!.AsArray());
        Assert.Equal("NewsItem.Summary", (string?)change!["field"]);
        Assert.Equal("A new summary", (string?)change["after"]);
        Assert.NotEqual("A new summary", (string?)change["before"]);
    }

    [Fact]
    public async Task A_change_made_in_the_admin_is_recorded_as_the_signed_in_user()
    {
        var editor = await AdminUsers.CreateAsync(site, "audited-editor", "en", "Editor");
        var item = await site.WithContentAsync(async (content, _) =>
            await content.CreateAsync(await Items.NewNewsAsync(content, Items.Unique("Edited in admin")), publish: false).CreatedAsync());
        using var session = await AdminSession.SignedInAsync(site, editor.UserName, editor.Password);
        var newTitle = Items.Unique("Renamed in admin");

        var form = (await session.GetAsync($"/admin/content/{item.ContentItemId}/edit")).Form("#content-form").Set("DisplayText", newTitle);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(form)).Status);

        var update = (await EntriesAsync(new AuditQuery { Subject = item.ContentItemId, Action = AuditActions.Updated })).Single();
        Assert.Equal(new AuditActor(AuditActor.UserKind, editor.Id, "audited-editor"), update.Actor);
        Assert.Contains("DisplayText", update.Summary);
        Assert.Equal(newTitle, update.SubjectTitle);
    }

    [Fact]
    public async Task Sign_in_success_failure_lockout_and_sign_out_are_recorded_against_the_user()
    {
        var user = await AdminUsers.CreateAsync(site, "audited-login", "en", "Editor");
        using var session = AdminSession.Anonymous(site);

        await session.LogInAsync(user.UserName, "not the password");
        await session.LogInAsync(user.UserName, user.Password);
        var dashboard = await session.GetAsync("/admin");
        await session.SubmitAsync(dashboard.Form("form.logout"));
        for (var i = 0; i < 5; i++) await session.LogInAsync(user.UserName, "wrong again " + i);

        var entries = await EntriesAsync(new AuditQuery { Category = AuditCategories.Account, Subject = user.Id });
        Assert.Equal(
            [AuditActions.SignInFailed, AuditActions.SignedIn, AuditActions.SignedOut, .. Enumerable.Repeat(AuditActions.SignInFailed, 4), AuditActions.LockedOut],
            entries.Select(e => e.Action));
        Assert.Equal(user.Id, entries[1].Actor.Id);
        Assert.Equal(user.Id, entries[2].Actor.Id);
        Assert.Equal(AuditActor.AnonymousKind, entries[0].Actor.Kind);
        Assert.All(entries, e => Assert.Equal(user.UserName, e.SubjectTitle));
    }

    [Fact]
    public async Task The_administrator_filters_the_trail_and_pages_through_it()
    {
        var marker = Items.Unique("Paging subject");
        await using (var scope = site.Scope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            for (var i = 0; i < 55; i++)
                await trail.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Changed) { SubjectTitle = $"{marker} {i:00}", Summary = "s" + i });
        }
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var first = await session.GetAsync($"/admin/audit?subject={Uri.EscapeDataString(marker)}&category=settings");
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal("55 entries", first.Text(".result-count"));
        Assert.Equal(50, first.All(".audit-table tbody tr").Count);
        Assert.Contains($"{marker} 54", first.Text(".audit-table tbody tr"));
        var next = first.Get(".pager a[rel=next]").GetAttribute("href")!;
        var second = await session.GetAsync(next);
        Assert.Equal(5, second.All(".audit-table tbody tr").Count);
        Assert.Contains($"{marker} 04", second.Text(".audit-table tbody tr"));

        var none = await session.GetAsync($"/admin/audit?subject={Uri.EscapeDataString(marker)}&category=content");
        Assert.Equal("0 entries", none.Text(".result-count"));
        var future = await session.GetAsync($"/admin/audit?subject={Uri.EscapeDataString(marker)}&from=2099-01-01");
        Assert.Equal("0 entries", future.Text(".result-count"));
        var today = site.Clock.GetUtcNow().ToString("yyyy-MM-dd");
        var byDay = await session.GetAsync($"/admin/audit?subject={Uri.EscapeDataString(marker)}&from={today}&to={today}");
        Assert.Equal("55 entries", byDay.Text(".result-count"));
    }

    [Theory]
    [InlineData("content-types", "Content types")]
    [InlineData("api-clients", "API clients")]
    public async Task Changes_to_content_types_and_api_clients_can_be_filtered_by_their_category(string category, string label)
    {
        var marker = Items.Unique("Category subject");
        await using (var scope = site.Scope())
            await scope.ServiceProvider.GetRequiredService<IAuditTrail>().RecordAsync(new AuditEvent(category, AuditActions.Changed) { SubjectTitle = marker, Summary = "s" });
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var page = await session.GetAsync($"/admin/audit?subject={Uri.EscapeDataString(marker)}&category={category}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("1 entry", page.Text(".result-count"));
        Assert.Contains(label, page.Text($"select[name=category] option[value={category}]"));
    }

    [Fact]
    public async Task Bad_filters_are_explained_next_to_their_fields_in_the_users_language()
    {
        var admin = await AdminUsers.CreateAsync(site, "audit-fr", "fr", "Administrator");
        using var session = await AdminSession.SignedInAsync(site, admin.UserName, admin.Password);

        var page = await session.GetAsync("/admin/audit?from=31/12/2026&to=2026-01-01&category=nonsense&actor=" + new string('a', 300));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Saisissez une date au format AAAA-MM-JJ.", page.Text("#audit-from-error"));
        Assert.Equal("Choisissez une valeur de la liste.", page.Text("#audit-category-error"));
        Assert.Equal("200 caractères au plus.", page.Text("#audit-actor-error"));
        Assert.Null(page.Find(".audit-table"));
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/audit?p=abc")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync("/admin/audit?p=0")).Status);
        var export = await session.GetAsync("/admin/audit/export?from=yesterday");
        Assert.Equal(HttpStatusCode.Redirect, export.Status);
        Assert.Equal("/admin/audit?from=yesterday", export.Location);
    }

    [Fact]
    public async Task The_export_is_a_csv_of_the_filtered_entries_that_spreadsheets_cannot_run_as_formulas()
    {
        var marker = Items.Unique("Export subject");
        await using (var scope = site.Scope())
        {
            var trail = scope.ServiceProvider.GetRequiredService<IAuditTrail>();
            await trail.RecordAsync(new AuditEvent(AuditCategories.Settings, AuditActions.Changed)
            {
                SubjectTitle = marker, Summary = "=HYPERLINK(\"http://evil.example\",\"click\")",
                Actor = new AuditActor(AuditActor.UserKind, "u-1", "@admin, \"the boss\""),
            });
            await trail.RecordAsync(new AuditEvent(AuditCategories.Content, AuditActions.Created) { SubjectTitle = marker + " other", Summary = "-2+3\nsecond line" });
        }
        using var session = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var response = await session.Client.GetAsync($"/admin/audit/export?subject={Uri.EscapeDataString(marker)}&category=settings");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment;", response.Content.Headers.ContentDisposition!.ToString());
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Id,OccurredUtc,ActorKind,ActorId,ActorName,Category,Action", lines[0]);
        Assert.Contains(",user,u-1,\"'@admin, \"\"the boss\"\"\",settings,changed,", lines[1]);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",", lines[1]);

        var both = await (await session.Client.GetAsync($"/admin/audit/export?subject={Uri.EscapeDataString(marker)}")).Content.ReadAsStringAsync();
        Assert.Contains("\"'-2+3\nsecond line\"", both);
    }
}
