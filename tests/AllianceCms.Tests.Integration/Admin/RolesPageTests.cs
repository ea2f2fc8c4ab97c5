using System.Net;
using AllianceCms.Core.Audit;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class RolesPageTests(SiteFactory site)
{
    [Fact]
    public async Task An_administrator_creates_a_role_grants_permissions_in_the_matrix_and_its_users_get_them()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var name = "Translators-" + Guid.NewGuid().ToString("N")[..6];

        var list = await admin.GetAsync("/admin/roles");
        Assert.Contains("Editor", list.Text(".roles-table"));
        var created = await admin.SubmitAsync(list.Form("#role-new").Set("Name", name).Set("Description", "Translate news"));
        Assert.Equal($"/admin/roles/{name}", created.Location);

        var editor = await admin.GetAsync(created.Location!);
        Assert.Equal("none", editor.Form("#role-form").Get("c:NewsItem:edit"));
        var saved = await admin.SubmitAsync(editor.Form("#role-form")
            .Set("c:NewsItem:view", "any").Set("c:NewsItem:edit", "own").Set("Permissions", "media.manage"));
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var reloaded = (await admin.GetAsync(created.Location!)).Form("#role-form");
        Assert.Equal("any", reloaded.Get("c:NewsItem:view"));
        Assert.Equal("own", reloaded.Get("c:NewsItem:edit"));
        Assert.Equal(["media.manage"], reloaded.GetAll("Permissions"));

        var user = await AdminUsers.CreateAsync(site, "translator", "en", name);
        using var translator = await AdminSession.SignedInAsync(site, user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync("/admin/content/NewsItem")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync("/admin/content/Country")).Status);

        await using var scope = site.Scope();
        var entries = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Roles, Subject = name }, 0, 10)).Entries;
        Assert.Equal([AuditActions.Changed, AuditActions.Created], entries.Select(e => e.Action));
        Assert.Equal("+content.edit.own:NewsItem, +content.view:NewsItem, +media.manage", entries[0].Summary);
    }

    [Fact]
    public async Task Bad_role_names_are_refused_with_a_message_and_unknown_roles_are_not_found()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var list = await admin.GetAsync("/admin/roles");

        var taken = await admin.SubmitAsync(list.Form("#role-new").Set("Name", "Editor"));
        var bad = await admin.SubmitAsync(list.Form("#role-new").Set("Name", "no spaces <b>"));

        Assert.Equal("A role already has this name.", taken.Text("#role-name-error"));
        Assert.Equal("Use letters, digits and . _ - only (at most 64).", bad.Text("#role-name-error"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/roles/NoSuchRole")).Status);
    }
}

public sealed class RolesLastAdministratorTests : IClassFixture<BlankSiteFactory>
{
    private readonly BlankSiteFactory _site;

    public RolesLastAdministratorTests(BlankSiteFactory site) => _site = site;

    [Fact]
    public async Task The_administrator_role_keeps_every_permission_while_it_holds_the_only_active_administrators()
    {
        using var admin = await AdminSession.SignedInAsync(_site, "admin", CmsFactory.AdminPassword);
        var page = await admin.GetAsync("/admin/roles/Administrator");

        var refused = await admin.SubmitAsync(page.Form("#role-form").Remove("Everything"));

        Assert.Equal("At least one active administrator must remain: this change would leave none.", refused.Text("[role=alert]"));
        Assert.Equal("true", (await admin.GetAsync("/admin/roles/Administrator")).Form("#role-form").Get("Everything"));
    }
}
