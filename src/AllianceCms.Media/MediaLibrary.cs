using System.Security.Cryptography;
using System.Text.Json;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Media;
using AllianceCms.Data;
using AllianceCms.Data.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceCms.Media;

/// <summary>
/// The media library: files checked by content and stored outside the web root, their facts in the
/// MediaFiles table. An upload is all or nothing: every file is checked before any is written.
/// </summary>
public sealed class MediaLibrary(
    CmsDbContext db, MediaStorage storage, IOptions<MediaOptions> options, IOptions<CultureOptions> cultures,
    TimeProvider clock, IEnumerable<IMediaChangeHandler> changeHandlers, ILogger<MediaLibrary> logger)
{
    private MediaOptions Options => options.Value;

    public IReadOnlyList<string> Cultures => cultures.Value.Supported;

    public Task<MediaFileRecord?> FindAsync(string path, CancellationToken ct = default) =>
        MediaNames.IsPath(path) ? db.Set<MediaFileRecord>().AsNoTracking().FirstOrDefaultAsync(f => f.Path == path, ct) : Task.FromResult<MediaFileRecord?>(null);

    public async Task<IReadOnlyList<MediaFileRecord>> FindManyAsync(IReadOnlyCollection<string> paths, CancellationToken ct = default)
    {
        var valid = paths.Where(MediaNames.IsPath).Distinct(StringComparer.Ordinal).ToList();
        return valid.Count == 0 ? [] : await db.Set<MediaFileRecord>().AsNoTracking().Where(f => valid.Contains(f.Path)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<MediaFileRecord>> ListAsync(string folder, CancellationToken ct = default) =>
        await db.Set<MediaFileRecord>().AsNoTracking().Where(f => f.Folder == folder).OrderBy(f => f.FileName).ToListAsync(ct);

    /// <summary>Files whose path or alternative text contains a text, for pickers; every file when the text is blank.</summary>
    public async Task<IReadOnlyList<MediaFileRecord>> SearchAsync(string? text, int limit, CancellationToken ct = default)
    {
        var query = db.Set<MediaFileRecord>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(text))
        {
            var term = text.Trim().ToLowerInvariant();
            query = query.Where(f => f.Path.Contains(term) || f.AltText.ToLower().Contains(term));
        }
        return await query.OrderBy(f => f.Path).Take(limit).ToListAsync(ct);
    }

    public static IReadOnlyDictionary<string, string> AltTextOf(MediaFileRecord file) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(file.AltText) ?? [];

    /// <summary>Creates a folder under an existing one; the name is made safe ("Logos 2026" → "logos-2026").</summary>
    public string? CreateFolder(string parent, string name, out string? error)
    {
        error = null;
        if (parent.Length == 0) storage.CreateFolder("");
        var slug = MediaNames.Slug(name);
        if (!MediaNames.IsFolder(parent) || !storage.FolderExists(parent)) error = MediaErrors.NoSuchFolder;
        else if (slug.Length == 0 || !MediaNames.IsFolder(MediaNames.Combine(parent, slug))) error = MediaErrors.InvalidFolderName;
        else if (storage.FolderExists(MediaNames.Combine(parent, slug))) error = MediaErrors.FolderExists;
        if (error is not null) return null;
        var folder = MediaNames.Combine(parent, slug);
        storage.CreateFolder(folder);
        return folder;
    }

    public bool FolderExists(string folder) => MediaNames.IsFolder(folder) && (folder.Length == 0 || storage.FolderExists(folder));

    public async Task<MediaUploadResult> UploadAsync(string folder, IReadOnlyList<MediaUpload> uploads, string? userId, CancellationToken ct = default)
    {
        if (folder.Length == 0) storage.CreateFolder("");
        if (!FolderExists(folder)) return Refused(new MediaProblem(-1, MediaErrors.NoSuchFolder));
        if (uploads.Count == 0) return Refused(new MediaProblem(-1, MediaErrors.NoFile));
        if (uploads.Count > Options.MaxFilesPerUpload) return Refused(new MediaProblem(-1, MediaErrors.TooMany, Options.MaxFilesPerUpload));

        var problems = new List<MediaProblem>();
        var accepted = new List<(MediaFileRecord Record, byte[] Bytes)>();
        var taken = (await db.Set<MediaFileRecord>().Where(f => f.Folder == folder).Select(f => f.FileName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < uploads.Count; i++)
        {
            var checkedFile = await CheckAsync(i, uploads[i], problems, ct);
            if (checkedFile is not { } file) continue;
            var name = MediaNames.FileName(uploads[i].FileName, file.Type);
            for (var n = 2; taken.Contains(name) || File.Exists(storage.Original(MediaNames.Combine(folder, name))); n++)
                name = MediaNames.Numbered(MediaNames.FileName(uploads[i].FileName, file.Type), n);
            taken.Add(name);
            accepted.Add((new MediaFileRecord
            {
                Path = MediaNames.Combine(folder, name),
                Folder = folder,
                FileName = name,
                ContentType = file.Type.ContentType,
                Size = file.Bytes.Length,
                Width = file.Size?.Width,
                Height = file.Size?.Height,
                AltText = JsonSerializer.Serialize(file.Alt),
                Version = Convert.ToHexStringLower(SHA256.HashData(file.Bytes))[..16],
                UploadedBy = userId,
                UploadedUtc = clock.GetUtcNow().UtcDateTime,
            }, file.Bytes));
        }
        if (problems.Count > 0) return new MediaUploadResult([], problems);

        var written = new List<string>();
        try
        {
            foreach (var (record, bytes) in accepted)
            {
                var full = storage.Original(record.Path);
                await MediaStorage.WriteAsync(full, bytes, ct);
                written.Add(full);
            }
            db.Set<MediaFileRecord>().AddRange(accepted.Select(a => a.Record));
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            // The rows were not saved (or the disk failed): the files written so far must not linger.
            foreach (var full in written) MediaStorage.DeleteFile(full);
            foreach (var (record, _) in accepted) db.Entry(record).State = EntityState.Detached;
            throw;
        }
        logger.LogInformation("Stored {Count} media files in {Folder}", accepted.Count, folder.Length == 0 ? "/" : folder);
        return new MediaUploadResult(accepted.Select(a => a.Record.Path).ToList(), []);
    }

    private sealed record CheckedFile(MediaFileType Type, byte[] Bytes, (int Width, int Height)? Size, Dictionary<string, string> Alt);

    private async Task<CheckedFile?> CheckAsync(int index, MediaUpload upload, List<MediaProblem> problems, CancellationToken ct)
    {
        var count = problems.Count;
        if (upload.Length == 0) problems.Add(new(index, MediaErrors.Empty));
        else if (upload.Length > Options.MaxFileBytes) problems.Add(new(index, MediaErrors.TooLarge, MegaBytes(Options.MaxFileBytes)));
        if (problems.Count > count) return null;

        byte[] bytes;
        await using (var stream = upload.Open())
        using (var buffer = new MemoryStream((int)upload.Length))
        {
            await stream.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        if (bytes.Length > Options.MaxFileBytes)
        {
            problems.Add(new(index, MediaErrors.TooLarge, MegaBytes(Options.MaxFileBytes)));
            return null;
        }
        var type = MediaFileTypes.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, MediaFileTypes.HeaderLength)));
        if (type is null)
        {
            problems.Add(new(index, MediaErrors.UnsupportedType));
            return null;
        }
        if (!type.HasExtension(Path.GetExtension(upload.FileName)))
        {
            problems.Add(new(index, MediaErrors.ExtensionMismatch, type.Extension));
            return null;
        }
        (int, int)? size = null;
        if (type.IsImage)
        {
            size = MediaImages.Measure(bytes, Options.MaxImagePixels, out var tooLarge);
            if (size is null)
            {
                problems.Add(new(index, tooLarge ? MediaErrors.ImageTooLarge : MediaErrors.UnreadableImage));
                return null;
            }
        }
        var alt = CheckAltText(index, upload.AltText, type.IsImage, problems);
        return problems.Count > count ? null : new CheckedFile(type, bytes, size, alt);
    }

    /// <summary>An image needs its alternative text in every culture of the site; other files may have one.</summary>
    public Dictionary<string, string> CheckAltText(int index, IReadOnlyDictionary<string, string?> given, bool required, List<MediaProblem> problems)
    {
        var alt = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var culture in Cultures)
        {
            var text = given.GetValueOrDefault(culture)?.Trim() ?? "";
            if (text.Length > MediaErrors.MaxAltLength) problems.Add(new(index, MediaErrors.AltTooLong, culture, MediaErrors.MaxAltLength));
            else if (text.Length == 0 && required) problems.Add(new(index, MediaErrors.AltRequired, culture));
            else if (text.Length > 0) alt[culture] = text;
        }
        return alt;
    }

    /// <summary>Replaces a file's alternative texts; the problems say why not.</summary>
    public async Task<IReadOnlyList<MediaProblem>> UpdateAltTextAsync(string path, IReadOnlyDictionary<string, string?> given, CancellationToken ct = default)
    {
        var file = await db.Set<MediaFileRecord>().FirstOrDefaultAsync(f => f.Path == path, ct) ?? throw new InvalidOperationException($"No media file '{path}'.");
        var problems = new List<MediaProblem>();
        var alt = CheckAltText(0, given, file.Width is > 0, problems);
        if (problems.Count > 0) return problems;
        file.AltText = JsonSerializer.Serialize(alt);
        await db.SaveChangesAsync(ct);
        await ChangedAsync(path, ct);
        return [];
    }

    /// <summary>Removes a file, its row and its variants. The caller checks first where it is used.</summary>
    public async Task<bool> DeleteAsync(string path, CancellationToken ct = default)
    {
        var file = await db.Set<MediaFileRecord>().FirstOrDefaultAsync(f => f.Path == path, ct);
        if (file is null) return false;
        db.Remove(file);
        await db.SaveChangesAsync(ct);
        storage.Delete(path);
        await ChangedAsync(path, ct);
        logger.LogInformation("Deleted the media file {Path}", path);
        return true;
    }

    private async Task ChangedAsync(string path, CancellationToken ct)
    {
        foreach (var handler in changeHandlers) await handler.ChangedAsync(path, ct);
    }

    public static string MegaBytes(long bytes) =>
        (bytes / (1024d * 1024d)).ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) + " MB";

    private static MediaUploadResult Refused(MediaProblem problem) => new([], [problem]);
}
