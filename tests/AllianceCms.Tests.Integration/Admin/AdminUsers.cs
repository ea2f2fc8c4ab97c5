using AllianceCms.Data.Entities;
using AllianceCms.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace AllianceCms.Tests.Integration.Admin;

/// <summary>A user the test created, with what it takes to sign in.</summary>
public sealed record TestUser(string Id, string UserName, string Email, string Password);

/// <summary>Creates users (and roles) for admin tests through Identity, as an administrator would.</summary>
public static class AdminUsers
{
    public const string Password = "Test-User-Password-42";

    /// <summary>A new user in the given roles (none: a user without any permission).</summary>
    public static async Task<TestUser> CreateAsync(CmsFactory site, string namePrefix, string culture = "en", params string[] roles)
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        var name = $"{namePrefix}-{Guid.NewGuid().ToString("N")[..8]}";
        var user = new CmsUser { UserName = name, Email = $"{name}@example.org", EmailConfirmed = true, PreferredCulture = culture, DisplayName = namePrefix };
        Check(await users.CreateAsync(user, Password));
        foreach (var role in roles) Check(await users.AddToRoleAsync(user, role));
        return new TestUser(user.Id, name, user.Email, Password);
    }

    /// <summary>A new role holding exactly the given permissions.</summary>
    public static async Task<string> CreateRoleAsync(CmsFactory site, string namePrefix, params string[] permissions)
    {
        await using var scope = site.Scope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<CmsRole>>();
        var role = new CmsRole($"{namePrefix}-{Guid.NewGuid().ToString("N")[..8]}");
        Check(await roles.CreateAsync(role));
        foreach (var permission in permissions)
            Check(await roles.AddClaimAsync(role, new System.Security.Claims.Claim(CmsRole.PermissionClaimType, permission)));
        return role.Name!;
    }

    public static async Task<string> IdOfAsync(CmsFactory site, string userName)
    {
        await using var scope = site.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<CmsUser>>();
        return (await users.FindByNameAsync(userName))!.Id;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
