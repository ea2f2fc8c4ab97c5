using System.Net;
using AllianceCms.Core.Routing;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AllianceCms.Display.Pages;

/// <summary>
/// Answers an unhandled error with the localized error page when a browser asked for a page; API
/// clients (which do not ask for HTML) keep getting problem details.
/// </summary>
public sealed class ErrorPages(ILogger<ErrorPages> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (!WantsHtml(http.Request) || http.Response.HasStarted) return false;
        var culture = http.RequestServices.GetRequiredService<ContentUrls>().SplitCulture(http.Request.Path.Value ?? "/").Culture;
        RenderedPage page;
        try
        {
            page = await http.RequestServices.GetRequiredService<PublicPageRenderer>().ErrorAsync(http, culture, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The error page itself failed; a plain one was sent");
            page = new RenderedPage($"<!doctype html><html lang=\"{WebUtility.HtmlEncode(culture)}\"><head><meta charset=\"utf-8\"><title>Error</title></head><body><h1>Error</h1></body></html>", 500, culture, new HashSet<string>());
        }
        await new PageResult(page).ExecuteAsync(http);
        return true;
    }

    private static bool WantsHtml(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && request.Headers.Accept.Any(a => a is not null && (a.Contains("text/html", StringComparison.OrdinalIgnoreCase) || a.Contains("*/*", StringComparison.Ordinal)))
        && !request.Headers.Accept.Any(a => a is not null && a.StartsWith("application/json", StringComparison.OrdinalIgnoreCase));
}
