using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Data.Media;
using AllianceCms.Media;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.Media;

/// <summary>
/// One library file: its facts, its alternative texts (editable), the content items that use it, and
/// deleting it, which is refused while items use it unless the editor confirms having seen the list.
/// </summary>
[RequirePermission(MediaPermissions.Manage)]
public sealed class MediaFileModel(MediaLibrary library, MediaUsage usage, AdminText text) : PageModel
{
    public MediaFileRecord Entry { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> AltText { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyList<MediaReference> UsedBy { get; private set; } = [];
    public IReadOnlyList<string> Cultures => library.Cultures;
    public Dictionary<string, string> AltInput { get; } = new(StringComparer.OrdinalIgnoreCase);
    public List<string> AltErrors { get; } = [];
    public string? DeleteError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string path, CancellationToken ct) =>
        await LoadAsync(path, ct) ? Page() : AdminStatusResult.NotFound;

    public async Task<IActionResult> OnPostSaveAsync(string path, CancellationToken ct)
    {
        if (!await LoadAsync(path, ct)) return AdminStatusResult.NotFound;
        var given = Cultures.ToDictionary(c => c, c => (string?)Request.Form["Alt." + c].ToString(), StringComparer.OrdinalIgnoreCase);
        var problems = await library.UpdateAltTextAsync(Entry.Path, given, ct);
        if (problems.Count == 0)
        {
            TempData["AdminMessage"] = text["MediaAltSaved"];
            return RedirectToPage("/Media/File", new { area = "Admin", path = Entry.Path });
        }
        foreach (var (culture, value) in given) AltInput[culture] = value ?? "";
        AltErrors.AddRange(problems.Select(p => MediaText.Describe(text, p)));
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(string path, bool confirm, CancellationToken ct)
    {
        if (!await LoadAsync(path, ct)) return AdminStatusResult.NotFound;
        if (UsedBy.Count > 0 && !confirm)
        {
            DeleteError = text[MediaErrors.InUse, UsedBy.Count];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        await library.DeleteAsync(Entry.Path, ct);
        TempData["AdminMessage"] = UsedBy.Count > 0
            ? text["MediaDeletedInUse", Entry.FileName, string.Join(", ", UsedBy.Select(u => u.DisplayText).Distinct())]
            : text["MediaDeleted", Entry.FileName];
        return RedirectToPage("/Media/Index", new { area = "Admin", folder = Entry.Folder });
    }

    private async Task<bool> LoadAsync(string path, CancellationToken ct)
    {
        if (await library.FindAsync(path, ct) is not { } file) return false;
        Entry = file;
        AltText = MediaLibrary.AltTextOf(file);
        foreach (var culture in Cultures) AltInput[culture] = AltText.GetValueOrDefault(culture) ?? "";
        UsedBy = await usage.FindAsync(file.Path, ct);
        return true;
    }
}
