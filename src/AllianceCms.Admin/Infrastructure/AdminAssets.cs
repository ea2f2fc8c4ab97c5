using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Admin.Infrastructure;

/// <summary>
/// The admin's CSS (and later its scripts), embedded in the assembly and served from our own origin at
/// /admin/assets/{name}. Links carry a version so the files can be cached for a long time.
/// </summary>
public static class AdminAssets
{
    public const string RoutePattern = "/admin/assets/{name}";

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, Asset>> All = new(Load);

    /// <summary>The URL of an asset with its content hash, e.g. "/admin/assets/admin.css?v=3f2a…".</summary>
    public static string Url(string name) =>
        All.Value.TryGetValue(name, out var asset) ? $"/admin/assets/{name}?v={asset.Version}" : throw new InvalidOperationException($"No admin asset '{name}'.");

    public static IResult Serve(string name, HttpContext context)
    {
        if (!All.Value.TryGetValue(name, out var asset)) return Results.NotFound();
        var etag = new EntityTagHeaderValue($"\"{asset.Version}\"");
        context.Response.Headers.CacheControl = context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache";
        if (context.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.Bytes(asset.Content, asset.ContentType, entityTag: etag);
    }

    private static Dictionary<string, Asset> Load()
    {
        const string prefix = "AllianceCms.Admin.Assets.";
        var assembly = typeof(AdminAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(name), out var type)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            assets[name] = new Asset(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
        }
        return assets;
    }

    private sealed record Asset(byte[] Content, string ContentType, string Version);
}
