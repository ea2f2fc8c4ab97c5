using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Core;

namespace AllianceCms.Api.Clients;

/// <summary>
/// OpenIddict's authorization manager, telling <see cref="ApiAuthorizationStatus"/> once a consent is revoked:
/// after a refresh token or code used twice (through <see cref="ApiTokenManager{TToken}"/>), an app revoked, or
/// any other revocation made on this node.
/// </summary>
public sealed class ApiAuthorizationManager<TAuthorization>(
    IOpenIddictAuthorizationCache<TAuthorization> cache,
    ILogger<OpenIddictAuthorizationManager<TAuthorization>> logger,
    IOptionsMonitor<OpenIddictCoreOptions> options,
    IOpenIddictAuthorizationStore<TAuthorization> store,
    ApiAuthorizationStatus consents)
    : OpenIddictAuthorizationManager<TAuthorization>(cache, logger, options, store)
    where TAuthorization : class
{
    public override async ValueTask<bool> TryRevokeAsync(TAuthorization authorization, CancellationToken cancellationToken = default)
    {
        var revoked = await base.TryRevokeAsync(authorization, cancellationToken);
        consents.Forget();
        return revoked;
    }

    public override async ValueTask<long> RevokeAsync(string? subject, string? client, string? status, string? type, CancellationToken cancellationToken = default)
    {
        var revoked = await base.RevokeAsync(subject, client, status, type, cancellationToken);
        consents.Forget();
        return revoked;
    }

    public override async ValueTask<long> RevokeByApplicationIdAsync(string identifier, CancellationToken cancellationToken = default)
    {
        var revoked = await base.RevokeByApplicationIdAsync(identifier, cancellationToken);
        consents.Forget();
        return revoked;
    }

    public override async ValueTask<long> RevokeBySubjectAsync(string subject, CancellationToken cancellationToken = default)
    {
        var revoked = await base.RevokeBySubjectAsync(subject, cancellationToken);
        consents.Forget();
        return revoked;
    }
}
