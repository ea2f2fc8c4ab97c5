using SkiaSharp;

namespace AllianceCms.Media;

/// <summary>Reading and resizing images with SkiaSharp.</summary>
public static class MediaImages
{
    /// <summary>The pixel size of an image, or null when its bytes do not decode (a truncated or forged file).</summary>
    public static (int Width, int Height)? Measure(ReadOnlyMemory<byte> bytes, long maxPixels, out bool tooLarge)
    {
        tooLarge = false;
        using var data = SKData.CreateCopy(bytes.Span);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) return null;
        if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
        {
            tooLarge = true;
            return null;
        }
        // Decoding the whole image, not only its header, catches files that stop half-way.
        using var bitmap = SKBitmap.Decode(codec);
        return bitmap is null ? null : (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>The format a variant is written in: the original's, except GIF (Skia writes no GIF), which becomes PNG.</summary>
    public static MediaFileType VariantType(MediaFileType original) => original == MediaFileTypes.Gif ? MediaFileTypes.Png : original;

    /// <summary>The image scaled to a width, its proportions kept; null when it does not decode.</summary>
    public static byte[]? Resize(byte[] original, int width, MediaFileType type, int quality)
    {
        using var source = SKBitmap.Decode(original);
        if (source is null || source.Width <= 0) return null;
        var height = Math.Max(1, (int)Math.Round(source.Height * (double)width / source.Width));
        using var resized = source.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        if (resized is null) return null;
        using var image = SKImage.FromBitmap(resized);
        var format = VariantType(type) switch
        {
            var t when t == MediaFileTypes.Jpeg => SKEncodedImageFormat.Jpeg,
            var t when t == MediaFileTypes.WebP => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Png,
        };
        using var encoded = image.Encode(format, quality);
        return encoded?.ToArray();
    }

    /// <summary>The height of a variant of a given width, as <see cref="Resize"/> computes it.</summary>
    public static int ScaledHeight(int width, int height, int toWidth) => Math.Max(1, (int)Math.Round(height * (double)toWidth / width));
}
