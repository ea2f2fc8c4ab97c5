using System.Security.Claims;
using OpenIddict.Abstractions;

namespace AllianceCms.Api.Clients;

/// <summary>
/// The consent step of a browser app's authorization request (GET/POST /api/connect/authorize, whose
/// page the admin draws): OpenIddict has checked the app, its redirect URI, PKCE and that the scopes are
/// the app's; a signed-in user allows it (a code for a token acting for them) or denies it.
/// </summary>
public sealed class BrowserAppConsent(ApiClientDirectory directory, ApiClientEvents events)
{
    public const string Path = "/api/connect/authorize";

    /// <summary>The live browser app the request names, or null (revoked since, or not a browser app).</summary>
    public async Task<ApiClient?> FindAppAsync(OpenIddictRequest request, CancellationToken ct) =>
        request.ClientId is { } id && await directory.FindAsync(id, ct) is { Client: { IsRevoked: false, Kind: ApiClientKind.BrowserApp } app } ? app : null;

    /// <summary>The scopes asked for, known ones only (offline_access included: the user allows it too), in a stable order for the page.</summary>
    public static IReadOnlyList<string> ScopesOf(OpenIddictRequest request) =>
        request.GetScopes().Where(s => ApiScopes.All.Contains(s) || s == ApiScopes.OfflineAccess).Order(StringComparer.Ordinal).ToList();

    public async Task<ClaimsPrincipal> AllowAsync(ApiClient app, string userId, string userName, OpenIddictRequest request, CancellationToken ct)
    {
        var scopes = ScopesOf(request);
        await events.AllowedAsync(app, scopes, ct);
        return BrowserAppToken.ForCode(app, userId, userName, scopes);
    }

    public Task DenyAsync(ApiClient app, CancellationToken ct) => events.DeniedAsync(app, ct);
}
