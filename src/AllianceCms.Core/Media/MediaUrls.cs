using System.Globalization;
using System.Text.Json.Nodes;
using AllianceCms.Core.Fields;

namespace AllianceCms.Core.Media;

/// <summary>URLs of media library files; the library itself (and its resizer) answers them.</summary>
public static class MediaUrls
{
    public const string Prefix = "/media/";

    /// <summary>The widest resized copy a URL may ask for, in pixels.</summary>
    public const int MaxWidth = 10_000;

    public static string? For(string? path, int? width = null, int? height = null)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        var segments = path.Replace('\\', '/').Trim('/').Split('/');
        if (segments.Any(s => s.Length == 0 || s == "." || s == "..")) return null;
        var url = Prefix + string.Join('/', segments.Select(Uri.EscapeDataString));
        var query = new List<string>(2);
        if (width is > 0) query.Add("w=" + width.Value.ToString(CultureInfo.InvariantCulture));
        if (height is > 0) query.Add("h=" + height.Value.ToString(CultureInfo.InvariantCulture));
        return query.Count == 0 ? url : url + "?" + string.Join('&', query);
    }

    public static string? First(JsonNode? value) => IdListFieldKind.Ids(value).FirstOrDefault();
}
