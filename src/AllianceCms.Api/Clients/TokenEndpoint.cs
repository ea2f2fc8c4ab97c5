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
/// POST /api/connect/token. OpenIddict has already checked the client's secret, the grant type and
/// that the scopes asked for are the client's; this decides what the token says.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/api/connect/token";

    /// <summary>The access token's claim naming the client, read back on every API request.</summary>
    public const string ClientClaim = "cms_client";

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(HttpContext http, ApiClientDirectory directory, ApiClientEvents events, CancellationToken ct)
    {
        var request = http.GetOpenIddictServerRequest();
        if (request is null) return ApiProblems.BadRequest("Not a token request.");
        if (!request.IsClientCredentialsGrantType())
            return Refuse(Errors.UnsupportedGrantType, "Only the client_credentials grant is accepted here.");

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

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
