using System.Net;
using AllianceCms.Tests.Integration.Infrastructure;

namespace AllianceCms.Tests.Integration.Admin;

[Collection("site")]
public sealed class AdminNavigationTests(SiteFactory site)
{
    [Fact]
    public async Task A_user_who_only_manages_users_still_gets_the_admin_menu_with_that_entry()
    {
        var role = await AdminUsers.CreateRoleAsync(site, "UserManagers", "users.manage");
        var manager = await AdminUsers.CreateAsync(site, "nav-users", "en", role);
        using var session = await AdminSession.SignedInAsync(site, manager.UserName, manager.Password);

        var page = await session.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Find("nav.admin-nav a[href='/admin/users']"));
        Assert.Null(page.Find("nav.admin-nav a[href='/admin/roles']"));
    }
}
