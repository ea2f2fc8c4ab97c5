using AllianceCms.Admin.Content.Versions;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Core.Content;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>One row of an item's history.</summary>
public sealed record VersionRow(ContentItem Version, string AuthorName);

/// <summary>
/// An item's history: every version with its author and status, the differences between one of them
/// and the current version field by field, and restoring it as a new draft (nothing is overwritten).
/// </summary>
public sealed class VersionsModel(ContentEditorServices services, VersionComparer comparer) : ContentItemPage(services)
{
    public const string VersionField = "version";

    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];

    /// <summary>The version compared with the current one, when one was chosen.</summary>
    public ContentItem? Compared { get; private set; }

    public IReadOnlyList<FieldComparison> Differences { get; private set; } = [];

    /// <summary>Restoring writes a new version: a draft, or the live version of a type without drafts.</summary>
    public bool CanRestore => CanEdit && !Item.IsDeleted;

    public async Task<IActionResult> OnGetAsync(string id, int? compare, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var versions = await Services.Content.GetVersionsAsync(id, ct);
        Versions = await WithAuthorsAsync(versions);
        if (compare is { } number)
        {
            Compared = versions.FirstOrDefault(v => v.Number == number);
            if (Compared is null) return AdminStatusResult.NotFound;
            Differences = await comparer.CompareAsync(Form.Type, Compared, Item, ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreVersionAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!CanRestore) return Item.IsDeleted ? AdminStatusResult.NotFound : AdminStatusResult.Forbidden;
        if (!int.TryParse(Request.Form[VersionField], out var number)) return AdminStatusResult.NotFound;
        var version = (await Services.Content.GetVersionsAsync(id, ct)).FirstOrDefault(v => v.Number == number);
        if (version is null) return AdminStatusResult.NotFound;

        var result = await Services.Content.RestoreVersionAsync(version.ContentItemVersionId, ct);
        if (result.Outcome == ContentOutcome.Invalid)
        {
            // The old version no longer passes today's rules (a field became required, a slug is taken).
            TempData["AdminMessage"] = Services.Text["MessageRestoreRefused", number, string.Join(" ", result.Errors.Select(e => e.Message))];
            return RedirectToPage("/Content/Versions", new { area = AdminServiceCollectionExtensions.Area, id });
        }
        return result.Succeeded ? RedirectToEditor(id, "MessageVersionRestored", number.ToString(System.Globalization.CultureInfo.CurrentCulture)) : AdminStatusResult.NotFound;
    }

    private async Task<IReadOnlyList<VersionRow>> WithAuthorsAsync(IReadOnlyList<ContentItem> versions)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var author in versions.Select(v => v.Author).OfType<string>().Distinct())
        {
            var user = await Services.Users.FindByIdAsync(author);
            names[author] = user is null ? Services.Text["UnknownUser"] : string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? author : user.DisplayName;
        }
        return versions.Select(v => new VersionRow(v, v.Author is { } a ? names[a] : Services.Text["UnknownUser"])).ToList();
    }

    /// <summary>The status of one version in the history: the live one, the latest draft, or an earlier version.</summary>
    public static string VersionStatus(ContentItem version) =>
        version.Published ? "published" : version.IsDeleted ? "deleted" : version.Latest ? "draft" : "archived";
}
