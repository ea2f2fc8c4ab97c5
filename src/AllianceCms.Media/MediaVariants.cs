using AllianceCms.Data.Media;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Media;

/// <summary>
/// Resized copies of images, made once per allowed width and kept on disk. Widths outside the allowed
/// set snap to the next one up, and images are never enlarged: the original answers instead.
/// </summary>
public sealed class MediaVariants(MediaStorage storage, IOptions<MediaOptions> options, ILogger<MediaVariants> logger)
{
    // Resizing is the expensive part of serving media: one at a time per node keeps a burst of new widths cheap.
    private static readonly SemaphoreSlim Making = new(1, 1);

    /// <summary>The allowed width to make for a requested one, or null when the original should be served.</summary>
    public int? WidthFor(int requested, int originalWidth)
    {
        var widths = options.Value.VariantWidths.Where(w => w > 0).Order().ToList();
        var width = widths.FirstOrDefault(w => w >= requested);
        if (width == 0) width = widths[^1];
        return width >= originalWidth ? null : width;
    }

    /// <summary>The file of a variant, made now if it was not yet; null when the original cannot be resized.</summary>
    public async Task<(string FullPath, MediaFileType Type)?> GetAsync(MediaFileRecord file, int width, CancellationToken ct)
    {
        if (MediaFileTypes.ForContentType(file.ContentType) is not { IsImage: true } type) return null;
        var variantType = MediaImages.VariantType(type);
        var target = storage.Variant(file.Path, width, variantType);
        if (File.Exists(target)) return (target, variantType);
        await Making.WaitAsync(ct);
        try
        {
            if (File.Exists(target)) return (target, variantType);
            var original = await File.ReadAllBytesAsync(storage.Original(file.Path), ct);
            var bytes = MediaImages.Resize(original, width, type, options.Value.VariantQuality);
            if (bytes is null)
            {
                logger.LogWarning("The media file {Path} could not be resized to {Width}px", file.Path, width);
                return null;
            }
            try
            {
                await MediaStorage.WriteAsync(target, bytes, ct);
            }
            catch (IOException) when (File.Exists(target))
            {
                // Another node made it meanwhile: theirs is as good as ours.
            }
            return (target, variantType);
        }
        finally
        {
            Making.Release();
        }
    }
}
