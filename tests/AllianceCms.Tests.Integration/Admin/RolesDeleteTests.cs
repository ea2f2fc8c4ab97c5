using System.Net;
using AllianceCms.Core.Audit;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>Deleting roles: a custom role after a confirmation naming its users; never the site's own roles.</summary>
[Collection("site")]
public sealed class RolesDeleteTests(SiteFactory site)
{
    [Fact]
    public async Task A_custom_role_is_deleted_after_a_confirmation_and_its_users_lose_it()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "Reviewers", "media.manage");
        var first = await AdminUsers.CreateAsync(site, "reviewer", "en", role);
        var second = await AdminUsers.CreateAsync(site, "reviewer", "en", role, "Author");
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);

        var list = await admin.GetAsync("/admin/roles");
        var link = list.All(".roles-table a.role-delete").Single(a => a.GetAttribute("href") == $"/admin/roles/{role}/delete");
        var confirmation = await admin.GetAsync(link.GetAttribute("href")!);
        Assert.Equal("2 user(s) hold this role; they will lose it and its permissions:", confirmation.Text("#role-delete-members"));
        Assert.Contains(first.UserName, confirmation.Text("#role-delete-member-list"));

        var deleted = await admin.SubmitAsync(confirmation.Form("#role-delete"));

        Assert.Equal("/admin/roles", deleted.Location);
        Assert.Equal($"The role “{role}” is deleted.", (await admin.GetAsync("/admin/roles")).Text("[role=status]"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/admin/roles/{role}")).Status);
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        Assert.Empty(await users.GetRolesAsync((await users.FindByIdAsync(first.Id))!));
        Assert.Equal(["Author"], await users.GetRolesAsync((await users.FindByIdAsync(second.Id))!));
        var entry = (await scope.ServiceProvider.GetRequiredService<IAuditTrail>().QueryAsync(new AuditQuery { Category = AuditCategories.Roles, Action = AuditActions.Deleted, Subject = role }, 0, 5)).Entries.Single();
        Assert.Contains(first.UserName, entry.Summary);
        Assert.Contains(second.UserName, entry.Details);
    }

    [Fact]
    public async Task The_site_s_own_roles_cannot_be_deleted()
    {
        using var admin = await AdminSession.SignedInAsync(site, "admin", CmsFactory.AdminPassword);
        var list = await admin.GetAsync("/admin/roles");
        Assert.DoesNotContain(list.All(".roles-table a.role-delete"), a => a.GetAttribute("href") == "/admin/roles/Editor/delete");

        foreach (var role in new[] { "Administrator", "Editor", "DeskEditor", "Author" })
        {
            var page = await admin.GetAsync($"/admin/roles/{role}/delete");
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.StartsWith("This role is one of the site's own roles", page.Text("#role-delete-refused"));
            Assert.Null(page.Find("#role-delete"));

            var refused = await admin.PostWithTokenAsync($"/admin/roles/{role}/delete?handler=Delete");
            Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        }
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/roles/Editor")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/roles/NoSuchRole/delete")).Status);
    }
}

/// <summary>On a site of its own: the test takes the administrator role away from the only administrator.</summary>
public sealed class RolesDeleteLastAdministratorTests(BlankSiteFactory site) : IClassFixture<BlankSiteFactory>
{
    [Fact]
    public async Task A_custom_role_that_holds_the_only_administrators_cannot_be_deleted()
    {
        var owners = await AdminUsers.CreateRoleAsync(site, "Owners", "*");
        var owner = await AdminUsers.CreateAsync(site, "owner", "en", owners);
        await using (var scope = site.Scope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
            Assert.True((await users.RemoveFromRoleAsync((await users.FindByNameAsync("admin"))!, "Administrator")).Succeeded);
        }
        using var session = await AdminSession.SignedInAsync(site, owner.UserName, owner.Password);

        var page = await session.GetAsync($"/admin/roles/{owners}/delete");
        Assert.Equal("At least one active administrator must remain: this change would leave none.", page.Text("#role-delete-refused"));
        Assert.Equal(HttpStatusCode.Conflict, (await session.PostWithTokenAsync($"/admin/roles/{owners}/delete?handler=Delete")).Status);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/admin/roles/{owners}")).Status);
    }
}
