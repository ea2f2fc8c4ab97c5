using System.Buffers;
using System.IO.Hashing;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Display.Pages;

/// <summary>
/// Sends a drawn page: an ETag from its bytes (a 304 when the browser has them), Last-Modified,
/// Content-Language, and its cache tags handed to the output cache so that content events evict it.
/// </summary>
public sealed class PageResult(RenderedPage page) : IResult
{
    public RenderedPage Page { get; } = page;

    public async Task ExecuteAsync(HttpContext http)
    {
        // Encoded into a pooled array: a page is tens of kilobytes, sent once and dropped.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Page.Html.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(Page.Html, buffer);
            await SendAsync(http, buffer.AsMemory(0, length));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }

    private async Task SendAsync(HttpContext http, ReadOnlyMemory<byte> bytes)
    {
        var response = http.Response;
        response.StatusCode = Page.StatusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentLanguage = Page.Culture;

        if (Page.StatusCode == StatusCodes.Status200OK)
        {
            // Weak: the same page may be sent compressed or not.
            // A validator, not a signature: xxHash is enough and costs a fraction of SHA-256.
            var etag = $"W/\"{Convert.ToHexStringLower(XxHash128.Hash(bytes.Span))}\"";
            response.Headers.ETag = etag;
            // When it was drawn: any change to what it shows evicts it, so a later copy is always newer.
            response.Headers.LastModified = HeaderUtilities.FormatDate(http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
            // Browsers ask again each time and get a 304 while the page is unchanged; the server's cache answers fast.
            response.Headers.CacheControl = "no-cache";
            if (http.Features.Get<IOutputCacheFeature>()?.Context.Tags is { } tags)
            {
                tags.EnsureCapacity(tags.Count + Page.CacheTags.Count);
                tags.UnionWith(Page.CacheTags);
            }
            if (Matches(http.Request, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        else
        {
            response.Headers.CacheControl = "no-store";
        }

        response.ContentLength = bytes.Length;
        if (HttpMethods.IsHead(http.Request.Method)) return;
        await response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static bool Matches(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        var ours = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }
}
