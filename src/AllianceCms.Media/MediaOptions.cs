using System.ComponentModel.DataAnnotations;

namespace AllianceCms.Media;

/// <summary>The media library's limits: "Media" in appsettings.json.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The largest file accepted, in bytes (10 MB).</summary>
    [Range(1024, 512L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>How many files one upload form takes.</summary>
    [Range(1, 20)]
    public int MaxFilesPerUpload { get; set; } = 5;

    /// <summary>Larger images are refused rather than decoded: a small file can unpack into gigabytes of pixels.</summary>
    [Range(1, 200_000_000)]
    public long MaxImagePixels { get; set; } = 40_000_000;

    /// <summary>
    /// The only widths resized variants are made at; any other requested width snaps to the next one up,
    /// so a visitor cannot make the server render (and store) an image per integer.
    /// </summary>
    [MinLength(1)]
    public List<int> VariantWidths { get; set; } = [160, 320, 640, 960, 1280];

    /// <summary>JPEG and WebP quality of resized variants.</summary>
    [Range(30, 100)]
    public int VariantQuality { get; set; } = 82;

    /// <summary>The request size the upload form accepts: every file at its largest, and room for the fields.</summary>
    public long MaxRequestBytes => MaxFileBytes * MaxFilesPerUpload + 1024 * 1024;
}
