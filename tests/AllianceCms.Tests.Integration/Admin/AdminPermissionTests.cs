using System.Security.Claims;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>The admin's authorization rules, asked of the site's own authorization service.</summary>
[Collection("site")]
public sealed class AdminPermissionTests(SiteFactory site)
{
    private const string UserId = "user-1";

    private static ClaimsPrincipal User(params string[] permissions) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, UserId), .. permissions.Select(p => new Claim(CmsRole.PermissionClaimType, p))],
        IdentityConstants.ApplicationScheme));

    private async Task<bool> AllowedAsync(ClaimsPrincipal user, string type, ContentRequirement requirement, string? owner = null)
    {
        var snapshot = await site.Services.GetRequiredService<IContentDefinitionStore>().GetSnapshotAsync();
        var result = await site.Services.GetRequiredService<IAuthorizationService>()
            .AuthorizeAsync(user, new ContentResource(snapshot.Get(type), owner), requirement);
        return result.Succeeded;
    }

    [Fact]
    public async Task A_permission_on_every_type_does_not_reach_private_types_but_a_named_one_does()
    {
        var editor = User("content.view:*", "content.edit:*");

        Assert.True(await AllowedAsync(editor, "Member", ContentRequirement.Edit));
        Assert.False(await AllowedAsync(editor, "JoinApplication", ContentRequirement.View));
        Assert.True(await AllowedAsync(User("content.view:JoinApplication"), "JoinApplication", ContentRequirement.View));
        Assert.True(await AllowedAsync(User("*"), "JoinApplication", ContentRequirement.Delete));
    }

    [Fact]
    public async Task An_own_only_permission_covers_the_items_the_user_owns()
    {
        var author = User("content.edit.own:NewsItem");

        Assert.True(await AllowedAsync(author, "NewsItem", ContentRequirement.Edit, owner: UserId));
        Assert.False(await AllowedAsync(author, "NewsItem", ContentRequirement.Edit, owner: "someone-else"));
        Assert.False(await AllowedAsync(author, "NewsItem", ContentRequirement.Edit, owner: null));
        Assert.False(await AllowedAsync(author, "NewsItem", ContentRequirement.Publish, owner: UserId));
        Assert.False(await AllowedAsync(author, "Page", ContentRequirement.Edit, owner: UserId));
    }

    [Fact]
    public async Task Permission_policies_are_built_on_demand_from_their_name()
    {
        var authorization = site.Services.GetRequiredService<IAuthorizationService>();

        Assert.True((await authorization.AuthorizeAsync(User("media.manage"), AdminPolicies.ForPermission("media.manage"))).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(User("content.view:*"), AdminPolicies.ForPermission("media.manage"))).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(User("*"), AdminPolicies.ForPermission("settings.manage"))).Succeeded);
        Assert.False((await authorization.AuthorizeAsync(User(), AdminPolicies.Access)).Succeeded);
        Assert.True((await authorization.AuthorizeAsync(User("workflows.tasks"), AdminPolicies.Access)).Succeeded);
    }
}
