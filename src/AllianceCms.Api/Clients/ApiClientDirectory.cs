using AllianceCms.Core.Security;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Clients;

/// <summary>A client as a request needs it: its settings and the permissions of its role.</summary>
public sealed record ResolvedClient(ApiClient Client, PermissionSet Permissions);

/// <summary>
/// Looks up the client behind a token on every API request, from memory for a few seconds
/// (Api:Clients:CacheSeconds): a token alone is not enough, the client must still exist and not be revoked.
/// </summary>
public sealed class ApiClientDirectory(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<ApiClientOptions> options)
{
    public async ValueTask<ResolvedClient?> FindAsync(string clientId, CancellationToken ct)
    {
        var key = CacheKey(clientId);
        if (cache.TryGetValue(key, out ResolvedClient? found)) return found;
        await using var scope = scopes.CreateAsyncScope();
        var client = await scope.ServiceProvider.GetRequiredService<ApiClientStore>().FindAsync(clientId, ct);
        var resolved = client is null ? null : new ResolvedClient(client, await PermissionsAsync(scope.ServiceProvider, client.Role));
        cache.Keep(key, resolved, options.Value);
        return resolved;
    }

    /// <summary>Drops a client from this node's memory after a change.</summary>
    public void Forget(string clientId) => cache.Remove(CacheKey(clientId));

    private static async Task<PermissionSet> PermissionsAsync(IServiceProvider services, string? roleName)
    {
        if (string.IsNullOrEmpty(roleName)) return new PermissionSet([]);
        var roles = services.GetRequiredService<RoleManager<CmsRole>>();
        if (await roles.FindByNameAsync(roleName) is not { } role) return new PermissionSet([]);
        var claims = await roles.GetClaimsAsync(role);
        return new PermissionSet(claims.Where(c => c.Type == CmsRole.PermissionClaimType).Select(c => c.Value));
    }

    private static string CacheKey(string clientId) => "api-client:" + clientId;
}
