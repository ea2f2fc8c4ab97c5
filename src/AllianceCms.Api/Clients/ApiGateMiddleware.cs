using System.Globalization;
using AllianceCms.Api.Rest;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace AllianceCms.Api.Clients;

/// <summary>
/// In front of every /api request: answers CORS preflights for the clients' origins, turns a bearer
/// token into the request's caller (or a 401: an unknown or revoked client, a user who may no longer sign in, a
/// browser app's revoked consent), applies the client's rate limit (429; for a browser app, per
/// user) and CORS.
/// Requests without a token stay anonymous and read published content.
/// </summary>
public sealed class ApiGateMiddleware(RequestDelegate next, ApiClientDirectory directory, ApiUserDirectory users, ApiAuthorizationStatus consents, ApiClientOrigins origins, ClientRateLimits limits)
{
    private const string AllowedMethods = "GET, HEAD, POST, PUT, PATCH, DELETE";
    private const string AllowedHeaders = "Authorization, Content-Type, If-Match, If-None-Match";

    // Every request of the site passes here: pages go on without an async frame of ours.
    public Task InvokeAsync(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") && !http.Request.Path.StartsWithSegments("/api/connect") ? ApiRequestAsync(http) : next(http);

    private async Task ApiRequestAsync(HttpContext http)
    {
        var request = http.Request;
        var origin = request.Headers.Origin.ToString();
        var ct = http.RequestAborted;

        if (HttpMethods.IsOptions(request.Method) && request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            // A preflight carries no token: any live client's origin may go on to send its request.
            if (origin.Length > 0 && await origins.IsAllowedAsync(origin, ct)) AllowOrigin(http.Response, origin, preflight: true);
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (request.Headers.Authorization.Count > 0)
        {
            var caller = await AuthenticateAsync(http, ct);
            if (caller is null)
            {
                await Unauthorized(http);
                return;
            }
            if (limits.TryAcquire(caller) is { } wait)
            {
                http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                var limit = caller.User is null
                    ? $"This client may send {caller.Client.RequestsPerMinute} requests a minute."
                    : $"This app may send {caller.Client.RequestsPerMinute} requests a minute for each user.";
                await TypedResults.Problem(limit, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests").ExecuteAsync(http);
                return;
            }
            if (origin.Length > 0 && caller.Client.AllowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase)) AllowOrigin(http.Response, origin, preflight: false);
            http.Features.Set(caller);
        }
        else if (origin.Length > 0 && await origins.IsAllowedAsync(origin, ct))
        {
            AllowOrigin(http.Response, origin, preflight: false);
        }
        await next(http);
    }

    private async Task<ApiCaller?> AuthenticateAsync(HttpContext http, CancellationToken ct)
    {
        var result = await http.AuthenticateAsync(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme);
        if (!result.Succeeded || result.Principal is not { } principal) return null;
        if (principal.GetClaim(TokenEndpoint.ClientClaim) is not { Length: > 0 } clientId) return null;
        var resolved = await directory.FindAsync(clientId, ct);
        if (resolved is null || resolved.Client.IsRevoked) return null;
        var scopes = principal.GetScopes().ToHashSet(StringComparer.Ordinal);
        if (principal.GetClaim(TokenEndpoint.UserClaim) is not { Length: > 0 } userId)
        {
            // A service client's token must not claim a user, and a browser app's must.
            if (resolved.Client.Kind != ApiClientKind.Service) return null;
            // The principal names the client ("client:{id}"), so whatever records who changed content sees it.
            http.User = principal;
            return new ApiCaller(resolved, scopes);
        }
        if (resolved.Client.Kind != ApiClientKind.BrowserApp || await users.FindAsync(userId, ct) is not { } user) return null;
        // A browser app's token always names the consent its code made; once that is revoked (its refresh token
        // or code used twice, a sign of theft), the access tokens already out go with it.
        if (principal.GetAuthorizationId() is not { Length: > 0 } consentId || !await consents.IsValidAsync(consentId, ct)) return null;
        http.User = BrowserAppToken.UserPrincipal(user, resolved.Client);
        return new ApiCaller(resolved, scopes, user);
    }

    private static Task Unauthorized(HttpContext http)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        return TypedResults.Problem("The access token is missing, malformed, expired or revoked: ask /api/connect/token for a new one.",
            statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(http);
    }

    internal static void AllowOrigin(HttpResponse response, string origin, bool preflight)
    {
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.Append(HeaderNames.Vary, "Origin");
        if (!preflight)
        {
            response.Headers.AccessControlExposeHeaders = new StringValues(["ETag", "Location", "Retry-After"]);
            return;
        }
        response.Headers.AccessControlAllowMethods = AllowedMethods;
        response.Headers.AccessControlAllowHeaders = AllowedHeaders;
        response.Headers.AccessControlMaxAge = "600";
    }
}
