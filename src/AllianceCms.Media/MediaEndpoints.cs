using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Media;

/// <summary>
/// GET /media/{path}: a library file as stored, or ?w= a resized variant. A URL carrying the file's
/// version (?v=, as media_url writes it) is cached for a year; any other revalidates with its ETag.
/// </summary>
public static class MediaEndpoints
{
    public const string Prefix = "/media";
    public const int MaxRequestedWidth = Core.Media.MediaUrls.MaxWidth;

    public static IEndpointRouteBuilder MapCmsMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Prefix + "/{**path}", ServeAsync).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<PhysicalFileHttpResult, NotFound, ProblemHttpResult>> ServeAsync(
        string? path, HttpContext http, MediaLibrary library, MediaStorage storage, MediaVariants variants, CancellationToken ct)
    {
        if (path is null || !MediaNames.IsPath(path) || await library.FindAsync(path, ct) is not { } file) return TypedResults.NotFound();
        var original = storage.Original(file.Path);
        if (!File.Exists(original)) return TypedResults.NotFound();

        var fullPath = original;
        var contentType = file.ContentType;
        var tag = file.Version;
        if (http.Request.Query.TryGetValue("w", out var w))
        {
            if (!int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var requested) || requested is < 1 or > MaxRequestedWidth)
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid width",
                    detail: $"'w' is a width in pixels from 1 to {MaxRequestedWidth}.");
            if (file.Width is { } width && variants.WidthFor(requested, width) is { } variantWidth
                && await variants.GetAsync(file, variantWidth, ct) is { } variant)
            {
                fullPath = variant.FullPath;
                contentType = variant.Type.ContentType;
                tag += "-" + variantWidth.ToString(CultureInfo.InvariantCulture);
            }
        }

        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = http.Request.Query["v"] == file.Version
            ? "public, max-age=31536000, immutable"
            : "public, no-cache";
        // A PDF opened from here runs no script of ours and cannot reach the site's pages.
        if (!contentType.StartsWith("image/", StringComparison.Ordinal)) headers.ContentSecurityPolicy = "sandbox";
        return TypedResults.PhysicalFile(fullPath, contentType, lastModified: DateTime.SpecifyKind(file.UploadedUtc, DateTimeKind.Utc),
            entityTag: new EntityTagHeaderValue("\"" + tag + "\""), enableRangeProcessing: true);
    }
}
