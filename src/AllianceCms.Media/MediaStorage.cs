using AllianceCms.Data;
using Microsoft.Extensions.Options;

namespace AllianceCms.Media;

/// <summary>
/// The library's files on disk, outside the web root: originals under {DataFolder}/media, resized
/// variants under {DataFolder}/media-variants/{width}. Every path is checked to stay inside its folder.
/// </summary>
public sealed class MediaStorage(IOptions<DatabaseOptions> database)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(database.Value.DataFolder, "media"));

    public string VariantsRoot { get; } = Path.GetFullPath(Path.Combine(database.Value.DataFolder, "media-variants"));

    public string Original(string path) => Inside(Root, path);

    public string Variant(string path, int width, MediaFileType type) =>
        Inside(Path.Combine(VariantsRoot, width.ToString(System.Globalization.CultureInfo.InvariantCulture)), Path.ChangeExtension(path, type.Extension));

    public string Folder(string folder) => folder.Length == 0 ? Root : Inside(Root, folder);

    public bool FolderExists(string folder) => Directory.Exists(Folder(folder));

    /// <summary>The sub-folders of a folder, by name.</summary>
    public IReadOnlyList<string> SubFolders(string folder) =>
        FolderExists(folder)
            ? Directory.EnumerateDirectories(Folder(folder)).Select(Path.GetFileName).OfType<string>().Where(MediaNames.IsFolderSegment).Order(StringComparer.Ordinal).ToList()
            : [];

    /// <summary>Every folder of the library, "" first, for pickers.</summary>
    public IReadOnlyList<string> AllFolders()
    {
        Directory.CreateDirectory(Root);
        var folders = Directory.EnumerateDirectories(Root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(Root, d).Replace('\\', '/'))
            .Where(MediaNames.IsFolder)
            .Order(StringComparer.Ordinal);
        return ["", .. folders];
    }

    public void CreateFolder(string folder) => Directory.CreateDirectory(Folder(folder));

    /// <summary>Writes a file whole or not at all: to a temporary name, then renamed into place.</summary>
    public static async Task WriteAsync(string fullPath, ReadOnlyMemory<byte> bytes, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = fullPath + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
                await stream.WriteAsync(bytes, ct);
            File.Move(temporary, fullPath, overwrite: false);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Removes a file's original and every variant made of it.</summary>
    public void Delete(string path)
    {
        DeleteFile(Original(path));
        if (!Directory.Exists(VariantsRoot)) return;
        foreach (var widthFolder in Directory.EnumerateDirectories(VariantsRoot))
            foreach (var type in MediaFileTypes.All)
                DeleteFile(Inside(widthFolder, Path.ChangeExtension(path, type.Extension)));
    }

    public static void DeleteFile(string fullPath)
    {
        if (File.Exists(fullPath)) File.Delete(fullPath);
    }

    private static string Inside(string root, string relative)
    {
        var rootFull = Path.GetFullPath(root) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(rootFull, relative));
        if (relative.Contains('\0') || relative.Contains('\\') || !full.StartsWith(rootFull, StringComparison.Ordinal))
            throw new ArgumentException("The path leaves the media library.", nameof(relative));
        return full;
    }
}
