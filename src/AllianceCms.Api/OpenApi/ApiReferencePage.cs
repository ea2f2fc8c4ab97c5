using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Scalar.AspNetCore;

namespace AllianceCms.Api.OpenApi;

/// <summary>
/// The Scalar API reference at /api/docs. Its scripts are served from this assembly (no CDN), its
/// CDN fonts, telemetry and hosted add-ons (AI chat, MCP) are off, and the page gets a Content-Security-Policy that allows our
/// origin plus exactly the inline start-up script Scalar writes (by hash), so the browser loads
/// nothing from elsewhere.
/// </summary>
public static partial class ApiReferencePage
{
    public const string Path = "/api/docs";

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    public static IEndpointConventionBuilder MapApiReferencePage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(Path, scalar => scalar
                .WithTitle("Content API")
                .WithOpenApiRoutePattern(ContentOpenApiDocument.RoutePattern)
                .AddDocument(ContentOpenApiDocument.DocumentName)
                .DisableDefaultFonts()
                .DisableTelemetry()
                // Its AI chat, MCP and SDK/deploy offers are Scalar's hosted services: nothing here talks to them.
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools())
            .AddEndpointFilter(async (context, next) =>
            {
                var result = await next(context);
                context.HttpContext.Response.Headers.ContentSecurityPolicy = Policy(result is ContentHttpResult { ResponseContent: { } html } ? html : null);
                return result;
            });

    /// <summary>Our origin only; inline scripts by hash; inline styles, which the reference's components set at run time.</summary>
    public static string Policy(string? html)
    {
        var hashes = html is null ? "" : string.Concat(InlineScript().Matches(html)
            .Select(m => $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups[1].Value)))}'"));
        return $"default-src 'self'; script-src 'self'{hashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
    }
}
