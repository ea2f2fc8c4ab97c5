using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Clients;

/// <summary>The CMS user a browser app's token acts for, with the permissions of their roles today.</summary>
public sealed record ApiUser(string UserId, string UserName, string DisplayName, PermissionSet Permissions);

/// <summary>
/// Looks up the user behind a browser app's token on every API request, from memory for a few seconds
/// (Api:Clients:CacheSeconds): a user who may no longer sign in (disabled, locked out, removed) or who
/// lost a role loses it in the API too, without waiting for the token to expire.
/// </summary>
public sealed class ApiUserDirectory(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<ApiClientOptions> options)
{
    public async ValueTask<ApiUser?> FindAsync(string userId, CancellationToken ct)
    {
        var key = CacheKey(userId);
        if (cache.TryGetValue(key, out ApiUser? found)) return found;
        return await ReloadAsync(userId, ct);
    }

    /// <summary>
    /// The user as the database says now, past the cache: when a code or refresh token is exchanged for new
    /// tokens (rare), a user disabled a moment ago must not get them.
    /// </summary>
    public async ValueTask<ApiUser?> ReloadAsync(string userId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var user = await LoadAsync(scope.ServiceProvider, userId, ct);
        cache.Keep(CacheKey(userId), user, options.Value);
        return user;
    }

    private static string CacheKey(string userId) => "api-user:" + userId;

    private static async Task<ApiUser?> LoadAsync(IServiceProvider services, string userId, CancellationToken ct)
    {
        var users = services.GetRequiredService<UserManager<CmsUser>>();
        if (await users.FindByIdAsync(userId) is not { } user) return null;
        // The sign-in manager knows every reason a user may not sign in (the admin adds "disabled").
        var signIn = services.GetRequiredService<SignInManager<CmsUser>>();
        if (!await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user)) return null;
        var roles = services.GetRequiredService<RoleManager<CmsRole>>();
        var permissions = new List<string>();
        foreach (var roleName in await users.GetRolesAsync(user))
        {
            ct.ThrowIfCancellationRequested();
            if (await roles.FindByNameAsync(roleName) is not { } role) continue;
            permissions.AddRange((await roles.GetClaimsAsync(role)).Where(c => c.Type == CmsRole.PermissionClaimType).Select(c => c.Value));
        }
        var name = user.UserName ?? user.Id;
        return new ApiUser(user.Id, name, string.IsNullOrWhiteSpace(user.DisplayName) ? name : user.DisplayName, new PermissionSet(permissions));
    }
}
