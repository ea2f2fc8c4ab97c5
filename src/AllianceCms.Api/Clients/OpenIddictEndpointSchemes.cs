using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Offers OpenIddict's server only the requests to its own endpoints (token, authorization, discovery):
/// the authentication middleware otherwise hands it every request of the site, public pages included,
/// and its endpoint matching cost about a twentieth of an API read.
/// </summary>
internal sealed class OpenIddictEndpointSchemes(
    IOptions<AuthenticationOptions> options,
    IOptions<OpenIddictServerOptions> server,
    IHttpContextAccessor http) : AuthenticationSchemeProvider(options)
{
    private readonly Lazy<PathString[]> _endpoints = new(() => EndpointPaths(server.Value));

    public override async Task<IEnumerable<AuthenticationScheme>> GetRequestHandlerSchemesAsync()
    {
        var schemes = await base.GetRequestHandlerSchemesAsync();
        var path = http.HttpContext?.Request.Path ?? default;
        if (_endpoints.Value.Any(e => path.StartsWithSegments(e, StringComparison.OrdinalIgnoreCase))) return schemes;
        return schemes.Where(s => s.Name != OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static PathString[] EndpointPaths(OpenIddictServerOptions server) =>
        new[]
        {
            server.AuthorizationEndpointUris, server.ConfigurationEndpointUris, server.DeviceAuthorizationEndpointUris,
            server.EndSessionEndpointUris, server.EndUserVerificationEndpointUris, server.IntrospectionEndpointUris,
            server.JsonWebKeySetEndpointUris, server.PushedAuthorizationEndpointUris, server.RevocationEndpointUris,
            server.TokenEndpointUris, server.UserInfoEndpointUris,
        }
        .SelectMany(uris => uris)
        .Select(uri => new PathString("/" + (uri.IsAbsoluteUri ? uri.AbsolutePath : uri.OriginalString).TrimStart('/')))
        .Distinct()
        .ToArray();
}
