namespace AllianceCms.Data.Media;

/// <summary>
/// One file of the media library. The bytes live on disk under {DataFolder}/media/{Path}; this row
/// is what the library knows about them (the stored file is never trusted for its type).
/// </summary>
public sealed class MediaFileRecord
{
    public long Id { get; set; }

    /// <summary>"logos/tivat.png": the folder, a slash, the file name; unique, lower case.</summary>
    public string Path { get; set; } = "";

    /// <summary>"logos", or "" for the library's root.</summary>
    public string Folder { get; set; } = "";
    public string FileName { get; set; } = "";

    /// <summary>The type read from the file's first bytes, not from its name.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public int? Width { get; set; }
    public int? Height { get; set; }

    /// <summary>Alternative text per culture, as a JSON object ({"en": "…", "fr": "…"}).</summary>
    public string AltText { get; set; } = "{}";

    /// <summary>A hash of the bytes: the "v" of public URLs, so they can be cached for a year.</summary>
    public string Version { get; set; } = "";
    public string? UploadedBy { get; set; }
    public DateTime UploadedUtc { get; set; }
}
