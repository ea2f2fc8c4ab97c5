using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Data.Media;
using AllianceCms.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Media;

/// <summary>The library: a folder's sub-folders and files, as a grid or a list, and a form to add a folder.</summary>
[RequirePermission(MediaPermissions.Manage)]
public sealed class MediaLibraryModel(MediaLibrary library, MediaStorage storage, AdminText text) : PageModel
{
    public const string GridView = "grid";
    public const string ListView = "list";

    [BindProperty(SupportsGet = true, Name = "folder")] public string Folder { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "view")] public string? View { get; set; }
    [BindProperty(Name = "name")] public string? NewFolderName { get; set; }

    public bool IsList => View == ListView;
    public IReadOnlyList<string> SubFolders { get; private set; } = [];
    public IReadOnlyList<MediaFileRecord> Files { get; private set; } = [];
    public string? FolderError { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Folder ??= "";
        if (!library.FolderExists(Folder)) return AdminStatusResult.NotFound;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateFolderAsync(CancellationToken ct)
    {
        Folder ??= "";
        if (!library.FolderExists(Folder)) return AdminStatusResult.NotFound;
        if (string.IsNullOrWhiteSpace(NewFolderName)) FolderError = text["MediaErrorFolderNameRequired"];
        else if (library.CreateFolder(Folder, NewFolderName, out var error) is { } created)
        {
            TempData["AdminMessage"] = text["MediaFolderCreated", created];
            return RedirectToPage("/Media/Index", new { area = "Admin", folder = created });
        }
        else FolderError = text[error!];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        SubFolders = storage.SubFolders(Folder);
        Files = await library.ListAsync(Folder, ct);
    }

    /// <summary>Each ancestor of the folder with its path: ("logos", "logos"), ("2026", "logos/2026").</summary>
    public IEnumerable<(string Name, string Path)> Breadcrumb()
    {
        if (Folder.Length == 0) yield break;
        var segments = Folder.Split('/');
        for (var i = 0; i < segments.Length; i++) yield return (segments[i], string.Join('/', segments[..(i + 1)]));
    }
}
