using AllianceCms.Admin.ContentTypes;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AllianceCms.Admin.Areas.Admin.Pages.ContentTypes;

/// <summary>What every page of the content types editor shares: the permission, the current definitions, the type of the URL.</summary>
[RequirePermission(AdminPermissions.ManageContentTypes)]
public abstract class ContentTypePage(DefinitionChanges changes) : PageModel
{
    public const string Root = "/admin/content-types";

    protected DefinitionChanges Changes => changes;

    public ContentDefinitionSnapshot Snapshot { get; private set; } = ContentDefinitionSnapshot.Empty;
    public ContentTypeModel Type { get; private set; } = null!;
    public string Culture => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Errors by input name; a general error under "".</summary>
    public FormErrors Errors { get; protected set; } = new();

    public static string TypeUrl(string type) => $"{Root}/{Uri.EscapeDataString(type)}";

    public string Label(ContentTypeModel type) => AdminShell.TypeLabel(type, Culture);

    public string Label(ContentPartDefinition part) => part.Label.For(Culture) is { Length: > 0 } label ? label : part.Name;

    public string Label(ContentFieldDefinition field) => field.Label.For(Culture) is { Length: > 0 } label ? label : field.Name;

    /// <summary>Loads the definitions and the type named in the URL; a 404 page when there is no such type.</summary>
    protected async Task<IActionResult?> LoadTypeAsync(string type, CancellationToken ct)
    {
        Snapshot = await changes.SnapshotAsync(ct);
        if (Snapshot.Find(type) is not { } found) return AdminStatusResult.NotFound;
        Type = found;
        return null;
    }

    protected async Task LoadSnapshotAsync(CancellationToken ct) => Snapshot = await changes.SnapshotAsync(ct);

    /// <summary>The page again with its errors, as a 400: nothing was stored.</summary>
    protected IActionResult Invalid(FormErrors errors)
    {
        Errors = errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    protected IActionResult Invalid(string message) => Invalid(new FormErrors { [""] = message });

    /// <summary>Validator messages (a last check after the editor's own) shown as one general error.</summary>
    protected IActionResult Refused(IReadOnlyList<string> errors) => Invalid(string.Join(" ", errors));
}
