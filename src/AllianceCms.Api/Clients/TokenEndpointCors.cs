using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Api.Clients;

/// <summary>
/// Browser apps exchange their codes at the token endpoint from their own pages: preflights and answers
/// get CORS headers for the live clients' origins. It runs first in the pipeline because OpenIddict
/// answers token requests (errors included) during authentication, before the API's gate.
/// </summary>
public sealed class TokenEndpointCors(RequestDelegate next, ApiClientOrigins origins)
{
    // Every request of the site passes here: those for elsewhere go on without an async frame of ours.
    public Task InvokeAsync(HttpContext http) =>
        http.Request.Path.Equals(TokenEndpoint.Path, StringComparison.OrdinalIgnoreCase) ? TokenRequestAsync(http) : next(http);

    private async Task TokenRequestAsync(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        var allowed = origin.Length > 0 && await origins.IsAllowedAsync(origin, http.RequestAborted);
        if (HttpMethods.IsOptions(http.Request.Method) && http.Request.Headers.ContainsKey(HeaderNames.AccessControlRequestMethod))
        {
            if (allowed)
            {
                ApiGateMiddleware.AllowOrigin(http.Response, origin, preflight: true);
                http.Response.Headers.AccessControlAllowMethods = HttpMethods.Post;
            }
            http.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }
        if (allowed) ApiGateMiddleware.AllowOrigin(http.Response, origin, preflight: false);
        await next(http);
    }

    /// <summary>Puts the middleware in front of the host's pipeline.</summary>
    internal sealed class StartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseMiddleware<TokenEndpointCors>();
            next(app);
        };
    }
}
