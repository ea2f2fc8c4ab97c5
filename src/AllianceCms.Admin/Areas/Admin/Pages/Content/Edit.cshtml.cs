using AllianceCms.Admin.Content;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>
/// One item's editor: save a draft, publish, unpublish, delete or restore. A save on top of a version
/// someone else saved meanwhile is refused and shows both, until the editor reloads or saves again knowingly.
/// Users who may only view the item get the same form, read-only.
/// </summary>
public sealed class EditModel(ContentEditorServices services) : ContentEditorPage(services)
{
    public ContentItem Item { get; private set; } = null!;

    /// <summary>The version the public sees, when there is one (it may be older than <see cref="Item"/>).</summary>
    public ContentItem? PublishedVersion { get; private set; }

    public string Status => Item.IsDeleted ? "deleted" : Item.Published ? "published" : PublishedVersion is not null ? "changed" : "draft";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Form = Services.Binder.FromItem(Form.Type, Item, isNew: false);
        Form.ReadOnly = !CanEdit || Item.IsDeleted;
        await LoadOptionsAsync(ct);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(string id, CancellationToken ct) => SaveAsync(id, publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(string id, CancellationToken ct) => SaveAsync(id, publish: true, ct);

    public async Task<IActionResult> OnPostUnpublishAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!CanPublish) return AdminStatusResult.Forbidden;
        var result = await Services.Content.UnpublishAsync(id, ct);
        return result.Succeeded ? RedirectToEditor(id, "MessageUnpublished", Item.DisplayText) : AdminStatusResult.NotFound;
    }

    public async Task<IActionResult> OnPostDeleteAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!CanDelete) return AdminStatusResult.Forbidden;
        var result = await Services.Content.DeleteAsync(id, ct);
        if (!result.Succeeded) return AdminStatusResult.NotFound;
        TempData["AdminMessage"] = Services.Text["MessageDeleted", Item.DisplayText];
        return RedirectToPage("/Content/List", new { area = AdminServiceCollectionExtensions.Area, type = Item.ContentType });
    }

    public async Task<IActionResult> OnPostRestoreAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!CanDelete) return AdminStatusResult.Forbidden;
        if (!Item.IsDeleted) return RedirectToPage("/Content/Edit", new { area = AdminServiceCollectionExtensions.Area, id });
        var result = await Services.Content.RestoreAsync(id, ct);
        return result.Succeeded ? RedirectToEditor(id, "MessageRestored", Item.DisplayText) : AdminStatusResult.NotFound;
    }

    private async Task<IActionResult> SaveAsync(string id, bool publish, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        var model = Form.Type;
        // A type that is not draftable has no draft to stage: saving it publishes it, with the right to edit.
        publish |= !model.Settings.Draftable;
        if (!CanEdit || (publish && model.Settings.Draftable && !CanPublish)) return AdminStatusResult.Forbidden;
        if (Item.IsDeleted) return AdminStatusResult.NotFound;

        Form = Services.Binder.FromRequest(model, Item, Request.Form, Item.Culture);
        var edited = Item.Clone();
        Services.Binder.ApplyTo(Form, edited);
        edited.Author = User.UserId();
        // The version the editor started from, or the newer one they chose to save over.
        var overwrite = Request.Form[ContentFormNames.OverwriteVersionId].FirstOrDefault();
        edited.ContentItemVersionId = !string.IsNullOrEmpty(overwrite) ? overwrite : Form.BaseVersionId ?? "";

        var result = await Services.Content.SaveAsync(edited, publish, ct);
        switch (result.Outcome)
        {
            case ContentOutcome.Ok:
                return RedirectToEditor(id, !model.Settings.Draftable ? "MessageSaved" : result.Item!.Published ? "MessagePublished" : "MessageDraftSaved", result.Item!.DisplayText);
            case ContentOutcome.Invalid:
                return await ShowErrorsAsync(result.Errors, ct);
            case ContentOutcome.Conflict when result.Current is { } current:
                await LoadOptionsAsync(ct);
                Form.Conflict = await ConflictWithAsync(current);
                return Page();
            default:
                return AdminStatusResult.NotFound;
        }
    }

    private ContentResource Resource => new(Form.Type, Item.Owner);

    /// <summary>The latest version of the item and the user's rights on it; a 404 page when it does not exist.</summary>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken ct)
    {
        var item = await Services.Content.GetAsync(id, VersionOptions.Latest, ct);
        var type = item is null ? null : await FindTypeAsync(item.ContentType, ct);
        if (item is null || type is null) return AdminStatusResult.NotFound;
        Item = item;
        PublishedVersion = item.Published ? item : await Services.Content.GetAsync(id, VersionOptions.Published, ct);
        Form = new ContentForm(type, item, item.Culture);
        if (!await AllowedAsync(Resource, ContentRequirement.View) && !await AllowedAsync(Resource, ContentRequirement.Edit))
            return AdminStatusResult.Forbidden;
        await SetRightsAsync(Resource);
        return null;
    }

    /// <summary>What the other editor saved, field by field where it differs from what this editor typed.</summary>
    private async Task<ContentConflict> ConflictWithAsync(ContentItem current)
    {
        var theirs = Services.Binder.FromItem(Form.Type, current, isNew: false);
        var differences = new List<ConflictDifference>();
        var title = Form.TitleLabel(Services.Text["Title"]);
        if (!string.Equals(theirs.DisplayText.Trim(), Form.DisplayText.Trim(), StringComparison.Ordinal))
            differences.Add(new ConflictDifference(title, theirs.DisplayText, Form.DisplayText));
        if (Form.Type.Settings.Routable && !string.IsNullOrWhiteSpace(Form.Slug) && !string.Equals(theirs.Slug, Form.Slug.Trim(), StringComparison.Ordinal))
            differences.Add(new ConflictDifference(Services.Text["Slug"], theirs.Slug, Form.Slug));
        foreach (var part in Form.Parts(Services.Binder.Editors))
        {
            foreach (var field in part.Fields)
            {
                var their = theirs.InputFor(field.Name);
                if (their.SameAs(field.Input)) continue;
                differences.Add(new ConflictDifference(field.Label, field.Editor.Describe(their, field.Options), field.Editor.Describe(field.Input, field.Options)));
            }
        }
        var savedBy = current.Author is { } author && await Services.Users.FindByIdAsync(author) is { } user
            ? string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? author : user.DisplayName
            : Services.Text["SomeoneElse"];
        return new ContentConflict(current, savedBy, differences);
    }
}
