using System.Globalization;
using System.Text;

namespace AllianceCms.Media;

/// <summary>
/// The library's names: folders and files in lower-case ASCII letters, digits, "-" and "_", so a
/// name can never climb out of the library ("..", "/", "\"), hide (".htaccess") or need escaping.
/// </summary>
public static class MediaNames
{
    public const int MaxNameLength = 80;
    public const int MaxFolderDepth = 5;

    /// <summary>A readable, safe name from anything typed or uploaded: "Logo Tivat (2).PNG" → "logo-tivat-2".</summary>
    public static string Slug(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9' or '_') builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-', '_');
        if (slug.Length > MaxNameLength) slug = slug[..MaxNameLength].TrimEnd('-', '_');
        return slug;
    }

    /// <summary>A stored file name for an upload: its name made safe, with the extension of its real type.</summary>
    public static string FileName(string uploadedName, MediaFileType type)
    {
        var stem = Slug(Path.GetFileNameWithoutExtension(uploadedName.Replace('\\', '/').Split('/')[^1]));
        return (stem.Length == 0 ? "file" : stem) + type.Extension;
    }

    public static bool IsFolderSegment(string segment) =>
        segment.Length is > 0 and <= MaxNameLength && segment == Slug(segment);

    /// <summary>"" (the root) or "a/b": checked, never repaired, so what a form posts is what is used.</summary>
    public static bool IsFolder(string? folder) =>
        folder is not null && (folder.Length == 0 || folder.Split('/') is { Length: <= MaxFolderDepth } segments && segments.All(IsFolderSegment));

    /// <summary>A library path as stored: a folder (maybe none), then a safe file name with one of our extensions.</summary>
    public static bool IsPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > 512) return false;
        var slash = path.LastIndexOf('/');
        var folder = slash < 0 ? "" : path[..slash];
        var name = path[(slash + 1)..];
        var dot = name.LastIndexOf('.');
        return IsFolder(folder) && dot > 0 && IsFolderSegment(name[..dot])
            && MediaFileTypes.All.Any(t => t.HasExtension(name[dot..]) && name[dot..] == name[dot..].ToLowerInvariant());
    }

    public static string Combine(string folder, string fileName) => folder.Length == 0 ? fileName : folder + "/" + fileName;

    public static string FolderOf(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..slash] : "";

    /// <summary>"file.png" → "file-2.png": the next free name when one is taken.</summary>
    public static string Numbered(string fileName, int number)
    {
        var dot = fileName.LastIndexOf('.');
        return string.Create(CultureInfo.InvariantCulture, $"{fileName[..dot]}-{number}{fileName[dot..]}");
    }
}
