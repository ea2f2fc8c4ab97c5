using System.Globalization;
using AllianceCms.Admin.Content;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Localization;
using AllianceCms.Core.Metadata;
using AllianceCms.Data.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>What the editor pages (new item, edit item) need, in one service so their constructors stay short.</summary>
public sealed class ContentEditorServices(
    IContentDefinitionStore definitions,
    IContentManager content,
    ContentFormBinder binder,
    ContentFieldOptions options,
    IAuthorizationService authorization,
    IOptions<CultureOptions> cultures,
    UserManager<CmsUser> users,
    AdminText text)
{
    public IContentDefinitionStore Definitions => definitions;
    public IContentManager Content => content;
    public ContentFormBinder Binder => binder;
    public ContentFieldOptions Options => options;
    public IAuthorizationService Authorization => authorization;
    public CultureOptions Cultures => cultures.Value;
    public UserManager<CmsUser> Users => users;
    public AdminText Text => text;
}

/// <summary>
/// The shared part of the editor pages: checking rights on the item, preparing the form, and
/// turning the content manager's answer into a redirect, errors next to fields or a conflict.
/// </summary>
public abstract class ContentEditorPage(ContentEditorServices services) : PageModel
{
    protected ContentEditorServices Services { get; } = services;

    public ContentForm Form { get; protected set; } = null!;
    public string TypeLabel { get; protected set; } = "";
    public bool CanEdit { get; protected set; }
    public bool CanPublish { get; protected set; }
    public bool CanDelete { get; protected set; }
    public IReadOnlyList<string> Cultures => Services.Cultures.Supported;
    public FieldEditorsView Editors => new(Services.Binder.Editors);

    protected static string UiCulture => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    protected async Task<ContentTypeModel?> FindTypeAsync(string type, CancellationToken ct) =>
        (await Services.Definitions.GetSnapshotAsync(ct)).Find(type);

    protected async Task<bool> AllowedAsync(ContentResource resource, params ContentRequirement[] requirements)
    {
        foreach (var requirement in requirements)
            if (!(await Services.Authorization.AuthorizeAsync(User, resource, requirement)).Succeeded) return false;
        return true;
    }

    /// <summary>Which buttons the user gets for this item.</summary>
    protected async Task SetRightsAsync(ContentResource resource)
    {
        TypeLabel = AdminShell.TypeLabel(resource.Type, UiCulture);
        ViewData["NavType"] = resource.Type.Name;
        CanEdit = await AllowedAsync(resource, ContentRequirement.Edit);
        CanPublish = CanEdit && await AllowedAsync(resource, ContentRequirement.Publish);
        CanDelete = await AllowedAsync(resource, ContentRequirement.Delete);
    }

    protected Task LoadOptionsAsync(CancellationToken ct) => Services.Options.LoadAsync(Form, Services.Binder.Editors, ct);

    /// <summary>The page again with the posted values and the errors next to their fields (200: nothing was saved).</summary>
    protected async Task<IActionResult> ShowErrorsAsync(IReadOnlyList<ContentError> errors, CancellationToken ct)
    {
        Form.Errors = errors;
        await LoadOptionsAsync(ct);
        return Page();
    }

    protected IActionResult RedirectToEditor(string contentItemId, string messageKey, string title)
    {
        TempData["AdminMessage"] = Services.Text[messageKey, title];
        return RedirectToPage("/Content/Edit", new { area = AdminServiceCollectionExtensions.Area, id = contentItemId });
    }
}

/// <summary>Lets the form partials reach the editors without a service locator.</summary>
public sealed record FieldEditorsView(AllianceCms.Admin.Content.Editors.FieldEditorRegistry Registry);
