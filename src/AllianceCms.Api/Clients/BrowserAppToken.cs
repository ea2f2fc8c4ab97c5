using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AllianceCms.Api.Clients;

/// <summary>What a browser app's code and tokens say: the app, the user it acts for, and the scopes the user allowed.</summary>
public static class BrowserAppToken
{
    /// <summary>The claim of the audit trail's display name (as the admin's sign-in adds it).</summary>
    private const string DisplayNameClaim = "alliance:display-name";

    /// <summary>The principal the authorization endpoint signs in: OpenIddict turns it into the code, then the access token.</summary>
    public static ClaimsPrincipal ForCode(ApiClient client, string userId, string userName, IEnumerable<string> scopes)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, userId)
            .SetClaim(Claims.Name, userName)
            .SetClaim(TokenEndpoint.ClientClaim, client.ClientId)
            .SetClaim(TokenEndpoint.UserClaim, userId);
        identity.SetScopes(scopes);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// The request's principal while a browser app's token is used: the user, as if signed in to the
    /// admin, so that content and the audit trail record the user's id as everywhere else, and the name
    /// says through which app.
    /// </summary>
    public static ClaimsPrincipal UserPrincipal(ApiUser user, ApiClient client) =>
        new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.UserId),
            new Claim(ClaimTypes.Name, user.UserName),
            new Claim(DisplayNameClaim, $"{user.DisplayName} ({client.DisplayName})"),
            new Claim(TokenEndpoint.ClientClaim, client.ClientId),
        ], IdentityConstants.ApplicationScheme));
}
