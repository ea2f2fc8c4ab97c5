namespace AllianceCms.Media;

/// <summary>A kind of file the library accepts, recognised by its first bytes.</summary>
public sealed record MediaFileType(string ContentType, string Extension, bool IsImage, params string[] OtherExtensions)
{
    public bool HasExtension(string extension) =>
        string.Equals(extension, Extension, StringComparison.OrdinalIgnoreCase)
        || OtherExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
}

/// <summary>
/// The file types the library takes, told apart by content ("magic bytes"), never by name: a script
/// renamed ".jpg" is refused, and so is SVG, which can carry script.
/// </summary>
public static class MediaFileTypes
{
    public static readonly MediaFileType Png = new("image/png", ".png", true);
    public static readonly MediaFileType Jpeg = new("image/jpeg", ".jpg", true, ".jpeg");
    public static readonly MediaFileType Gif = new("image/gif", ".gif", true);
    public static readonly MediaFileType WebP = new("image/webp", ".webp", true);
    public static readonly MediaFileType Pdf = new("application/pdf", ".pdf", false);

    public static IReadOnlyList<MediaFileType> All { get; } = [Png, Jpeg, Gif, WebP, Pdf];

    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 12;

    /// <summary>The type of a file from its first bytes, or null when it is none of ours.</summary>
    public static MediaFileType? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (header.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return Jpeg;
        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8)) return Gif;
        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8)) return WebP;
        if (header.StartsWith("%PDF-"u8)) return Pdf;
        return null;
    }

    /// <summary>The type a stored content type names (variants of GIFs are PNGs).</summary>
    public static MediaFileType? ForContentType(string contentType) =>
        All.FirstOrDefault(t => string.Equals(t.ContentType, contentType, StringComparison.OrdinalIgnoreCase));
}
