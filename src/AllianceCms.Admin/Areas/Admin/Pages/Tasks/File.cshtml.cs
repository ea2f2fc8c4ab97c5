using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Admin.Tasks;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using AllianceCms.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Tasks;

/// <summary>
/// A file of a task's subject (a path in one of its media fields), read from the private uploads
/// ({DataFolder}/private/{path}), for the users who may see the task only. Nothing outside that folder is served.
/// </summary>
[RequirePermission(TaskInbox.Permission)]
public sealed class FileModel(TaskInbox inbox, IContentManager content, IContentDefinitionStore definitions, IOptions<DatabaseOptions> database) : PageModel
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public async Task<IActionResult> OnGetAsync(string taskId, string? path, CancellationToken ct)
    {
        if (await inbox.FindAsync(User, taskId, ct) is not { } task || string.IsNullOrEmpty(path) || task.SubjectContentItemId is null)
            return AdminStatusResult.NotFound;
        var subject = await content.GetAsync(task.SubjectContentItemId, VersionOptions.Latest, ct);
        var type = subject is null ? null : (await definitions.GetSnapshotAsync(ct)).Find(subject.ContentType);
        if (subject is null || type is null) return AdminStatusResult.NotFound;
        var attached = type.Fields.Where(f => f.Field.Kind == FieldKinds.Media)
            .SelectMany(f => TaskModel.MediaPaths(subject.Get(f.Part.Name, f.Field.Name)))
            .Select(p => p.TrimStart('/'));
        if (!attached.Contains(path.TrimStart('/'), StringComparer.Ordinal)) return AdminStatusResult.NotFound;
        if (PrivateFile(database.Value.DataFolder, path) is not { } file) return AdminStatusResult.NotFound;
        if (!ContentTypes.TryGetContentType(file, out var contentType)) contentType = "application/octet-stream";
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return PhysicalFile(file, contentType, Path.GetFileName(file));
    }

    /// <summary>The full path under {dataFolder}/private, when the file exists there (never outside it).</summary>
    public static string? PrivateFile(string dataFolder, string path)
    {
        if (path.Contains('\0') || path.Contains('\\') || path.Split('/').Any(s => s is ".." or ".")) return null;
        var root = Path.GetFullPath(Path.Combine(dataFolder, "private")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, path.TrimStart('/')));
        return full.StartsWith(root, StringComparison.Ordinal) && System.IO.File.Exists(full) ? full : null;
    }
}
