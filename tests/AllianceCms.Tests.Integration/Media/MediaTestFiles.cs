using AllianceCms.Media;
using SkiaSharp;

namespace AllianceCms.Tests.Integration.Media;

/// <summary>Real files made on the fly: images of a given size, a PDF, an executable, an SVG.</summary>
public static class MediaTestFiles
{
    public static byte[] Image(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Png)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.Gold };
            canvas.DrawCircle(width / 2f, height / 2f, Math.Min(width, height) / 3f, paint);
        }
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>The start of a Windows executable ("MZ"), whatever it is named.</summary>
    public static byte[] Executable() => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static byte[] Svg() => "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray();

    /// <summary>Stores a file through the library itself (for tests about what happens after an upload).</summary>
    public static async Task<string> StoreAsync(IServiceProvider services, string fileName, byte[] bytes, string folder = "", string en = "An image", string fr = "Une image")
    {
        await using var scope = services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        if (folder.Length > 0 && !library.FolderExists(folder))
            foreach (var (parent, name) in Segments(folder)) if (!library.FolderExists(MediaNames.Combine(parent, name))) library.CreateFolder(parent, name, out _);
        var result = await library.UploadAsync(folder, [new MediaUpload(fileName, bytes.Length, () => new MemoryStream(bytes), new Dictionary<string, string?> { ["en"] = en, ["fr"] = fr })], null);
        Assert.True(result.Succeeded, string.Join(", ", result.Problems));
        return result.StoredPaths[0];
    }

    private static IEnumerable<(string Parent, string Name)> Segments(string folder)
    {
        var parts = folder.Split('/');
        for (var i = 0; i < parts.Length; i++) yield return (string.Join('/', parts[..i]), parts[i]);
    }
}
