using System.Security.Claims;
using AllianceCms.Api.Rest;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AllianceCms.Api.Clients;

/// <summary>
/// POST /api/connect/token. OpenIddict has already checked the client's secret (or a browser app's
/// code, PKCE verifier and redirect URI, or its refresh token), the grant type and that the scopes asked
/// for are the client's; this decides what the token says.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/api/connect/token";

    /// <summary>The access token's claim naming the client, read back on every API request.</summary>
    public const string ClientClaim = "cms_client";

    /// <summary>The claim naming the user a browser app's token acts for.</summary>
    public const string UserClaim = "cms_user";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, ApiClientDirectory directory, ApiUserDirectory users, ApiClientEvents events, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null) return ApiProblems.BadRequest("Not a token request.");
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType()) return await ActForUserAsync(http, request, directory, users, events, ct);
        if (!request.IsClientCredentialsGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials, authorization_code and refresh_token grants are accepted here.");

        var found = request.ClientId is { } clientId ? await directory.FindAsync(clientId, ct) : null;
        if (found is null || found.Client.IsRevoked) return Refuse(Errors.InvalidClient, "This client is unknown or revoked.");

        var client = found.Client;
        // A service asks again with its secret: it has no use for a refresh token.
        var scopes = request.GetScopes().Where(ApiScopes.All.Contains).ToList();
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.Actor)
            .SetClaim(Claims.Name, client.Actor)
            .SetClaim(ClientClaim, client.ClientId);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        await events.TokenIssuedAsync(client, scopes, ct);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// A browser app's code or refresh token, already checked by OpenIddict (signature, expiry, PKCE, not used
    /// before): the new tokens say what it said, if the app is still live and the user may still sign in (a
    /// revocation or a disabled account since counts). With offline_access, OpenIddict adds a new refresh token
    /// and marks the one sent as used.
    /// </summary>
    private static async Task<IResult> ActForUserAsync(HttpContext http, OpenIddictRequest request, ApiClientDirectory directory, ApiUserDirectory users,
        ApiClientEvents events, CancellationToken ct)
    {
        var what = request.IsRefreshTokenGrantType() ? "refresh token" : "authorization code";
        var grant = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!grant.Succeeded || grant.Principal is not { } principal) return Refuse(Errors.InvalidGrant, $"The {what} is invalid.");
        var found = request.ClientId is { } clientId ? await directory.FindAsync(clientId, ct) : null;
        if (found is null || found.Client.IsRevoked || found.Client.Kind != ApiClientKind.BrowserApp)
            return Refuse(Errors.InvalidClient, "This client is unknown or revoked.");
        if (principal.GetClaim(UserClaim) is not { Length: > 0 } userId || await users.ReloadAsync(userId, ct) is null)
            return Refuse(Errors.InvalidGrant, "The user who allowed this app may no longer sign in.");

        var identity = new ClaimsIdentity(principal.Claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        await events.TokenIssuedAsync(found.Client, identity.GetScopes(), ct);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
