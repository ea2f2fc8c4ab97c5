using System.Buffers.Text;
using System.IO.Hashing;
using AllianceCms.Api.Access;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Api.Rest;

/// <summary>
/// A JSON body with an ETag computed from its bytes, answered with 304 when the client's
/// If-None-Match holds it. Hashing the body makes the tag change with anything shown, referenced
/// items and definitions included. The tag is weak because the host may compress the body.
/// A pooled body is given back once written.
/// </summary>
public sealed class CachedJsonResult(ReadOnlyMemory<byte> body, string cacheControl, string contentType = "application/json; charset=utf-8", IDisposable? owner = null) : IResult
{
    public CachedJsonResult(PooledBody body, string cacheControl) : this(body.Written, cacheControl, owner: body) { }

    public async Task ExecuteAsync(HttpContext http)
    {
        try { await WriteAsync(http); }
        finally { owner?.Dispose(); }
    }

    private Task WriteAsync(HttpContext http)
    {
        var etag = HttpCaching.ETagOf(body.Span);
        var response = http.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = cacheControl;
        if (HttpCaching.Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return HttpMethods.IsHead(http.Request.Method) ? Task.CompletedTask : response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }
}

public static class HttpCaching
{
    /// <summary>
    /// A 128-bit xxHash of the body: a validator needs no cryptographic strength (nobody gains by forging
    /// a tag for a body they could read anyway), and SHA-256 of a 35 KB list cost a tenth of its request.
    /// </summary>
    public static string ETagOf(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(body, hash);
        return $"W/\"{Base64Url.EncodeToString(hash)}\"";
    }

    /// <summary>If-None-Match uses the weak comparison: W/"x" matches "x"; "*" matches anything.</summary>
    public static bool Matches(StringValues ifNoneMatch, string etag)
    {
        if (StringValues.IsNullOrEmpty(ifNoneMatch) || !EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }

    /// <summary>Shared caches may keep what anyone may read; anything else stays with the client and is revalidated.</summary>
    public static string CacheControl(ApiReader reader, VersionOptions version, int maxAgeSeconds) =>
        reader.IsPublic && version == VersionOptions.Published
            ? maxAgeSeconds > 0 ? $"public, max-age={maxAgeSeconds}" : "public, no-cache"
            : "private, no-cache";
}
