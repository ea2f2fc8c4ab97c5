using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceCms.Api.Clients;

/// <summary>The browser origins of every live client, for CORS preflights (which carry no token).</summary>
public sealed class ApiClientOrigins(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<ApiClientOptions> options)
{
    private const string CacheKey = "api-client-origins";

    public async ValueTask<bool> IsAllowedAsync(string origin, CancellationToken ct)
    {
        if (!cache.TryGetValue(CacheKey, out HashSet<string>? allowed) || allowed is null)
        {
            await using var scope = scopes.CreateAsyncScope();
            var clients = await scope.ServiceProvider.GetRequiredService<ApiClientStore>().ListAsync(ct);
            allowed = clients.Where(c => !c.IsRevoked).SelectMany(c => c.AllowedOrigins).ToHashSet(StringComparer.OrdinalIgnoreCase);
            cache.Keep(CacheKey, allowed, options.Value);
        }
        return allowed.Contains(origin);
    }

    public void Forget() => cache.Remove(CacheKey);
}
