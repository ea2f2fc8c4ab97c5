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
    /// <summary>How long a file's fingerprint is trusted before the file is looked at again.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(2);

    public const string PathPrefix = "/theme";
    private const string LongLived = "public, max-age=31536000, immutable";
    private const string Revalidate = "public, no-cache";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly ConcurrentDictionary<string, Fingerprint> _hashes = new(StringComparer.Ordinal);

    private sealed record Fingerprint(DateTime Written, long Length, string? Hash, long CheckedAt);

    /// <summary>The URL of a theme file with its fingerprint; the bare path when the file does not exist.</summary>
    public string Url(string relativePath)
    {
        // Pages ask for the same few URLs on every request: they are kept as long as the fingerprints are.
        if (_urls.TryGetValue(relativePath, out var known) && Environment.TickCount64 - known.CheckedAt < RecheckInterval.TotalMilliseconds)
            return known.Url;
        var path = Normalize(relativePath);
        var url = path is null ? PathPrefix + "/" + relativePath.TrimStart('/')
            : Hash(path) is { } hash ? $"{PathPrefix}/{path}?v={hash}" : $"{PathPrefix}/{path}";
        _urls[relativePath] = (url, Environment.TickCount64);
        return url;
    }

    private readonly ConcurrentDictionary<string, (string Url, long CheckedAt)> _urls = new(StringComparer.Ordinal);

    /// <summary>Serves <c>/theme/{**path}</c> with conditional requests answered by 304.</summary>
    public IResult Serve(HttpContext http, string path)
    {
        var relative = Normalize(path);
        if (relative is null || Hash(relative) is not { } hash) return Results.NotFound();
        var file = new FileInfo(Full(relative));
        if (!file.Exists) return Results.NotFound();
        if (!ContentTypes.TryGetContentType(file.Name, out var contentType)) contentType = "application/octet-stream";
        var fingerprinted = http.Request.Query.TryGetValue("v", out var v) && v == hash;
        http.Response.Headers.CacheControl = fingerprinted ? LongLived : Revalidate;
        return Results.File(file.FullName, contentType, lastModified: file.LastWriteTimeUtc, entityTag: new EntityTagHeaderValue($"\"{hash}\""));
    }

    /// <summary>
    /// The file's fingerprint, or null when it does not exist. Every page asks for several, so the file
    /// system is asked again only after <see cref="RecheckInterval"/>, and the file is read only when
    /// its time or length changed.
    /// </summary>
    private string? Hash(string relative)
    {
        // A monotonic clock: the site's clock may be set (or frozen in tests) without files changing.
        var now = Environment.TickCount64;
        _hashes.TryGetValue(relative, out var known);
        if (known is not null && now - known.CheckedAt < RecheckInterval.TotalMilliseconds) return known.Hash;

        var file = new FileInfo(Full(relative));
        Fingerprint current;
        if (!file.Exists) current = new Fingerprint(default, -1, null, now);
        else if (known is { Hash: not null } && known.Written == file.LastWriteTimeUtc && known.Length == file.Length) current = known with { CheckedAt = now };
        else
        {
            using var stream = file.OpenRead();
            current = new Fingerprint(file.LastWriteTimeUtc, file.Length, Convert.ToHexStringLower(SHA256.HashData(stream))[..12], now);
        }
        _hashes[relative] = current;
        return current.Hash;
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
