using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace AllianceCms.Display.Theming;

/// <summary>
/// The theme's static files (its <c>wwwroot</c>) under <see cref="PathPrefix"/>, fingerprinted:
/// <c>/theme/css/site.css?v=3f2a…</c>. A fingerprinted URL changes with the file's content, so
/// browsers may keep it for a year; an unfingerprinted one must be revalidated.
/// </summary>
public sealed class ThemeAssets(ActiveTheme theme)
{
    /// <summary>How long a URL with its fingerprint is reused before the file is looked at again.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(2);

    public const string PathPrefix = "/theme";
    private const string LongLived = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, no-cache";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ConcurrentDictionary<string, Fingerprint> _hashes = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (string Url, long CheckedAt)> _urls = new(StringComparer.Ordinal);

    private sealed record Fingerprint(DateTime Written, long Length, string Hash);

    /// <summary>The URL of a theme file with its fingerprint; the bare path when the file does not exist.</summary>
    public string Url(string relativePath)
    {
        // Pages ask for the same few URLs on every request: each is kept for RecheckInterval, on a
        // monotonic clock (the site's clock may be set, or frozen in tests, without files changing).
        if (_urls.TryGetValue(relativePath, out var known) && Environment.TickCount64 - known.CheckedAt < RecheckInterval.TotalMilliseconds)
            return known.Url;
        var path = Normalize(relativePath);
        var url = path is null ? PathPrefix + "/" + relativePath.TrimStart('/')
            : Hash(path) is { } hash ? $"{PathPrefix}/{path}?v={hash}" : $"{PathPrefix}/{path}";
        _urls[relativePath] = (url, Environment.TickCount64);
        return url;
    }

    /// <summary>Serves <c>/theme/{**path}</c> with conditional requests answered by 304.</summary>
    public IResult Serve(HttpContext http, string path)
    {
        var relative = Normalize(path);
        if (relative is null || Hash(relative) is not { } hash) return Results.NotFound();
        var file = new FileInfo(Full(relative));
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType)) contentType = "application/octet-stream";
        var fingerprinted = http.Request.Query.TryGetValue("v", out var v) && v == hash;
        http.Response.Headers.CacheControl = fingerprinted ? LongLived : Revalidate;
        return Results.File(file.FullName, contentType, lastModified: file.LastWriteTimeUtc, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }

    /// <summary>The file's fingerprint, or null when it does not exist; the file is read again only when its time or length changed.</summary>
    private string? Hash(string relative)
    {
        var file = new FileInfo(Full(relative));
        if (!file.Exists) return null;
        if (_hashes.TryGetValue(relative, out var known) && known.Written == file.LastWriteTimeUtc && known.Length == file.Length) return known.Hash;
        using var stream = file.OpenRead();
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
        _hashes[relative] = new Fingerprint(file.LastWriteTimeUtc, file.Length, hash);
        return hash;
    }

    private string Full(string relative) => Path.Combine(theme.AssetsFolder, relative);

    /// <summary>A path inside the theme's wwwroot, or null when it tries to leave it or looks hidden.</summary>
    private string? Normalize(string path)
    {
        var relative = path.Replace('\\', '/').TrimStart('/');
        if (relative.Length == 0 || relative.Split('/').Any(s => s.Length == 0 || s.StartsWith('.'))) return null;
        var full = Path.GetFullPath(Path.Combine(theme.AssetsFolder, relative));
        var root = Path.GetFullPath(theme.AssetsFolder) + Path.DirectorySeparatorChar;
        return full.StartsWith(root, StringComparison.Ordinal) ? relative : null;
    }
}
