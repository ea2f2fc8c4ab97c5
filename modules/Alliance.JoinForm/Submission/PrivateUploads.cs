using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alliance.JoinForm.Submission;

/// <summary>
/// Applicants' PDFs, in a folder of the data folder that no route serves: editors reach them
/// through the admin only. A file is accepted only if it starts like a PDF ("%PDF-").
/// </summary>
public sealed class PrivateUploads(IOptions<JoinFormOptions> options, IConfiguration configuration, IHostEnvironment environment)
{
    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();

    public string Folder { get; } = Path.GetFullPath(options.Value.UploadsFolder is { Length: > 0 } folder
        ? Path.Combine(environment.ContentRootPath, folder)
        : Path.Combine(environment.ContentRootPath, configuration["Database:DataFolder"] is { Length: > 0 } data ? data : "App_Data", "private", "uploads", "join"));

    public static bool IsPdf(ReadOnlySpan<byte> head) => head.StartsWith(PdfMagic);

    /// <summary>Stores the bytes as "{name}.pdf"; returns the stored name (a media path relative to <see cref="Folder"/>).</summary>
    public async Task<string> SaveAsync(string name, byte[] bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var file = $"{name}.pdf";
        var temp = Path.Combine(Folder, $"{file}.{Guid.NewGuid():N}.tmp");
        await File.WriteAllBytesAsync(temp, bytes, ct);
        File.Move(temp, Path.Combine(Folder, file), overwrite: true);
        return file;
    }

    public void Delete(string file)
    {
        var path = Path.Combine(Folder, Path.GetFileName(file));
        if (File.Exists(path)) File.Delete(path);
    }

    public string PathOf(string file) => Path.Combine(Folder, Path.GetFileName(file));
}
