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
/// code, PKCE verifier and redirect URI), the grant type and that the scopes asked for are the client's;
/// this decides what the token says.
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
        if (request.IsAuthorizationCodeGrantType()) return await RedeemCodeAsync(http, request, directory, users, events, ct);
        if (!request.IsClientCredentialsGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials and authorization_code grants are accepted here.");

        var found = request.ClientId is { } clientId ? await directory.FindAsync(clientId, ct) : null;
        if (found is null || found.Client.IsRevoked) return Refuse(Errors.InvalidClient, "This client is unknown or revoked.");

        var client = found.Client;
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.Actor)
            .SetClaim(Claims.Name, client.Actor)
            .SetClaim(ClientClaim, client.ClientId);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        await events.TokenIssuedAsync(client, request.GetScopes(), ct);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// A browser app's code, already checked by OpenIddict: the token says what the code said, if the app
    /// is still live and the user may still sign in (a revocation between consent and exchange counts).
    /// </summary>
    private static async Task<IResult> RedeemCodeAsync(HttpContext http, OpenIddictRequest request, ApiClientDirectory directory, ApiUserDirectory users,
        ApiClientEvents events, CancellationToken ct)
    {
        var code = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (!code.Succeeded || code.Principal is not { } principal) return Refuse(Errors.InvalidGrant, "The authorization code is invalid.");
        var found = request.ClientId is { } clientId ? await directory.FindAsync(clientId, ct) : null;
        if (found is null || found.Client.IsRevoked || found.Client.Kind != ApiClientKind.BrowserApp)
            return Refuse(Errors.InvalidClient, "This client is unknown or revoked.");
        if (principal.GetClaim(UserClaim) is not { Length: > 0 } userId || await users.FindAsync(userId, ct) is null)
            return Refuse(Errors.InvalidGrant, "The user who allowed this app may no longer sign in.");

        var identity = new ClaimsIdentity(principal.Claims, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        await events.TokenIssuedAsync(found.Client, principal.GetScopes(), ct);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
