using Microsoft.AspNetCore.Http;

namespace AllianceCms.Display.Security;

/// <summary>
/// A strict Content-Security-Policy and its companions on every response: scripts, styles, fonts and
/// images from our own origin only, nothing inline. An endpoint that needs another policy sets its own
/// header before the response starts, and this one is then left alone.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(static state =>
        {
            var headers = ((HttpResponse)state).Headers;
            if (!headers.ContainsKey("Content-Security-Policy")) headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            if (!headers.ContainsKey("Referrer-Policy")) headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            if (!headers.ContainsKey("X-Frame-Options")) headers.XFrameOptions = "DENY";
            return Task.CompletedTask;
        }, http.Response);
        return next(http);
    }
}
