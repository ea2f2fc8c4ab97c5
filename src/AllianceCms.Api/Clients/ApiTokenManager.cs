using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace AllianceCms.Api.Clients;

/// <summary>
/// OpenIddict's token manager, ending the consent when all its tokens are revoked. OpenIddict does that when a
/// consent's code or refresh token comes back after use (a sign of theft), but leaves the consent itself valid,
/// and access tokens are not checked against the store: revoking the consent is what makes the gate
/// (<see cref="ApiAuthorizationStatus"/>) refuse the access tokens already out. Each code makes a consent of its
/// own, so the user can still allow the app again.
/// </summary>
public sealed class ApiTokenManager<TToken>(
    IOpenIddictTokenCache<TToken> cache,
    ILogger<OpenIddictTokenManager<TToken>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictTokenStore<TToken> store,
    IOpenIddictAuthorizationManager authorizations)
    : OpenIddictTokenManager<TToken>(cache, logger, options, store)
    where TToken : class
{
    public override async ValueTask<long> RevokeByAuthorizationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var revoked = await base.RevokeByAuthorizationIdAsync(identifier, cancellationToken);
        if (await authorizations.FindByIdAsync(identifier, cancellationToken) is { } authorization)
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
        return revoked;
    }
}
