using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Whether the consent behind a browser app's token (OpenIddict's authorization, made with the code and
/// carried by its refresh and access tokens) is still valid, looked up on every API request from memory for
/// Api:Clients:CacheSeconds. OpenIddict revokes a consent when one of its refresh tokens or its code comes
/// back after use (a sign of theft): the access tokens already out are then refused too, at once on the node
/// that saw the revocation (<see cref="ApiAuthorizationManager{TAuthorization}"/> calls <see cref="Forget"/>),
/// within CacheSeconds on the others.
/// </summary>
public sealed class ApiAuthorizationStatus(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<ApiClientOptions> options, TimeProvider clock)
{
    private sealed record Checked(bool IsValid, DateTimeOffset Until, long Generation);

    // Bumped by every revocation: what was read before it, even by a lookup that raced it, is read again.
    private long _generation;

    public async ValueTask<bool> IsValidAsync(string authorizationId, CancellationToken ct)
    {
        var key = CacheKey(authorizationId);
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        if (cache.TryGetValue(key, out Checked? known) && known is not null && known.Generation == generation && now < known.Until) return known.IsValid;

        await using var scope = scopes.CreateAsyncScope();
        var authorizations = scope.ServiceProvider.GetRequiredService<IOpenIddictAuthorizationManager>();
        var valid = await authorizations.FindByIdAsync(authorizationId, ct) is { } authorization
            && await authorizations.HasStatusAsync(authorization, Statuses.Valid, ct);
        // The site's clock says when an answer is too old (tests move it); memory lets it go after as long.
        cache.Keep(key, new Checked(valid, now + TimeSpan.FromSeconds(options.Value.CacheSeconds), generation), options.Value);
        return valid;
    }

    /// <summary>
    /// Forgets every consent's status on this node after a revocation. Revocations are rare, so reading the
    /// live consents again costs less than tracking which ones a bulk revocation touched.
    /// </summary>
    public void Forget() => Interlocked.Increment(ref _generation);

    private static string CacheKey(string authorizationId) => "api-authorization:" + authorizationId;
}
