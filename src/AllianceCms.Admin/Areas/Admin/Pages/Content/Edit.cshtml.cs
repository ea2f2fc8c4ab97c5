using System.Globalization;
using AllianceCms.Admin.Content;
using AllianceCms.Admin.Content.Scheduling;
using AllianceCms.Admin.Localization;
using AllianceCms.Admin.Infrastructure;
using AllianceCms.Admin.Security;
using AllianceCms.Core.Content;
using AllianceCms.Core.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace AllianceCms.Admin.Areas.Admin.Pages.Content;

/// <summary>
/// One item's editor: save a draft, publish, unpublish, delete or restore. A save on top of a version
/// someone else saved meanwhile is refused and shows both, until the editor reloads or saves again knowingly.
/// Users who may only view the item get the same form, read-only.
/// </summary>
public sealed class EditModel(ContentEditorServices services, TimeProvider clock) : ContentItemPage(services)
{
    public const string CultureField = "culture";

    /// <summary>The item's variants in the other cultures (latest versions), for the translation links.</summary>
    public IReadOnlyList<ContentItem> Variants { get; private set; } = [];

    /// <summary>Errors of the schedule form, in the admin's language.</summary>
    public IReadOnlyList<string> ScheduleErrors { get; private set; } = [];

    public string PublishAtInput { get; private set; } = "";
    public string UnpublishAtInput { get; private set; } = "";

    /// <summary>Whether the item may be given dates to go live and to leave the site.</summary>
    public bool CanSchedule => CanPublish && Form.Type.Settings.Draftable && !Item.IsDeleted;

    /// <summary>The cultures the item may still be translated into, when the user may write it.</summary>
    public IEnumerable<string> MissingCultures => Form.Type.Settings.Localizable && CanEdit && !Item.IsDeleted
        ? Cultures.Where(c => !string.Equals(c, Item.Culture, StringComparison.OrdinalIgnoreCase) && Variants.All(v => !string.Equals(v.Culture, c, StringComparison.OrdinalIgnoreCase)))
        : [];

    /// <param name="source">A culture whose variant is shown read-only next to each field, to translate from.</param>
    public async Task<IActionResult> OnGetAsync(string id, string? source, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Form = Services.Binder.FromItem(Form.Type, Item, isNew: false);
        Form.ReadOnly = !CanEdit || Item.IsDeleted;
        await LoadVariantsAsync(source, ct);
        await LoadOptionsAsync(ct);
        return Page();
    }

    /// <summary>Creates the item's variant in another culture from this one and opens it next to this one.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (!Form.Type.Settings.Localizable || Item.IsDeleted) return AdminStatusResult.NotFound;
        // The variant keeps the item's owner: the right to write this item is the right to translate it.
        if (!CanEdit) return AdminStatusResult.Forbidden;
        var posted = Request.Form[CultureField].FirstOrDefault();
        if (!Services.Cultures.IsSupported(posted) || string.Equals(posted, Item.Culture, StringComparison.OrdinalIgnoreCase)) return AdminStatusResult.NotFound;
        var culture = posted!.ToLowerInvariant();

        var existing = await Services.Content.GetVariantAsync(Item.LocalizationSet, culture, VersionOptions.Latest, ct);
        if (existing is not null) return RedirectToTranslation(existing.ContentItemId);
        var result = await Services.Content.LocalizeAsync(id, culture, ct);
        if (!result.Succeeded) return AdminStatusResult.NotFound;
        TempData["AdminMessage"] = Services.Text["MessageTranslationCreated", AdminCulture.Autonym(culture)];
        return RedirectToTranslation(result.Item!.ContentItemId);

        IActionResult RedirectToTranslation(string variantId) =>
            RedirectToPage("/Content/Edit", new { area = AdminServiceCollectionExtensions.Area, id = variantId, source = Item.Culture });
    }

    /// <summary>Whether the editor's script may save drafts on its own: never for types without drafts (saving them publishes).</summary>
    public bool CanAutosave => CanEdit && Form.Type.Settings.Draftable && !Item.IsDeleted && !Form.ReadOnly;

    /// <summary>
    /// A draft saved by the editor's script (JSON in, JSON out): the same checks as saving, on top of the
    /// version the form started from (409 when someone saved meanwhile), and never published.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (Item.IsDeleted || !Form.Type.Settings.Draftable) return AdminStatusResult.NotFound;
        if (!CanEdit) return AdminStatusResult.Forbidden;
        Form = Services.Binder.FromRequest(Form.Type, Item, Request.Form, Item.Culture);
        var edited = Item.Clone();
        Services.Binder.ApplyTo(Form, edited);
        edited.Author = User.UserId();
        edited.ContentItemVersionId = Form.BaseVersionId ?? "";
        var result = await Services.Content.SaveAsync(edited, publish: false, ct);
        return result.Outcome switch
        {
            ContentOutcome.Ok => new JsonResult(new
            {
                versionId = result.Item!.ContentItemVersionId,
                number = result.Item.Number,
                message = Services.Text["AutosaveDone", result.Item.ModifiedUtc.ToString("t", CultureInfo.CurrentCulture) + " UTC"],
            }),
            ContentOutcome.Invalid => new JsonResult(new { message = Services.Text["AutosaveInvalid"], errors = result.Errors.Select(e => new { path = e.Path, message = e.Message }) })
                { StatusCode = StatusCodes.Status422UnprocessableEntity },
            ContentOutcome.Conflict => new JsonResult(new { message = Services.Text["AutosaveConflict"] }) { StatusCode = StatusCodes.Status409Conflict },
            _ => AdminStatusResult.NotFound,
        };
    }

    public async Task<IActionResult> OnPostScheduleAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        // A type without drafts is live as soon as it is saved: it has nothing to schedule.
        if (Item.IsDeleted || !Form.Type.Settings.Draftable) return AdminStatusResult.NotFound;
        if (!CanSchedule) return AdminStatusResult.Forbidden;
        PublishAtInput = Request.Form[ScheduleInput.PublishAt].ToString();
        UnpublishAtInput = Request.Form[ScheduleInput.UnpublishAt].ToString();
        var errors = new List<string>();
        var now = clock.GetUtcNow().UtcDateTime;
        if (!ScheduleInput.TryRead(PublishAtInput, CultureInfo.CurrentCulture, out var publishAt)) errors.Add(Services.Text["SchedulePublishInvalid"]);
        if (!ScheduleInput.TryRead(UnpublishAtInput, CultureInfo.CurrentCulture, out var unpublishAt)) errors.Add(Services.Text["ScheduleUnpublishInvalid"]);
        if (errors.Count == 0 && publishAt is null && unpublishAt is null) errors.Add(Services.Text["ScheduleEmpty"]);
        if (publishAt <= now || unpublishAt <= now) errors.Add(Services.Text["SchedulePast"]);
        if (publishAt is not null && unpublishAt <= publishAt) errors.Add(Services.Text["ScheduleOrder"]);
        if (errors.Count > 0)
        {
            ScheduleErrors = errors;
            Form = Services.Binder.FromItem(Form.Type, Item, isNew: false);
            Form.ReadOnly = !CanEdit;
            await LoadVariantsAsync(null, ct);
            await LoadOptionsAsync(ct);
            return Page();
        }
        var result = await Services.Content.ScheduleAsync(id, publishAt, unpublishAt, ct);
        return result.Succeeded ? RedirectToEditor(id, "MessageScheduled", Item.DisplayText) : AdminStatusResult.NotFound;
    }

    public async Task<IActionResult> OnPostCancelScheduleAsync(string id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        // A type without drafts is live as soon as it is saved: it has nothing to schedule.
        if (Item.IsDeleted || !Form.Type.Settings.Draftable) return AdminStatusResult.NotFound;
        if (!CanSchedule) return AdminStatusResult.Forbidden;
        var result = await Services.Content.ScheduleAsync(id, null, null, ct);
        return result.Succeeded ? RedirectToEditor(id, "MessageScheduleCancelled", Item.DisplayText) : AdminStatusResult.NotFound;
    }

    /// <summary>The other cultures' variants and, when asked for, the one to translate from shown next to the fields.</summary>
    private async Task LoadVariantsAsync(string? source, CancellationToken ct)
    {
        if (!Form.Type.Settings.Localizable) return;
        Variants = (await Services.Content.GetVariantsAsync(Item.LocalizationSet, VersionOptions.Latest, ct))
            .Where(v => v.ContentItemId != Item.ContentItemId).ToList();
        if (Variants.FirstOrDefault(v => string.Equals(v.Culture, source, StringComparison.OrdinalIgnoreCase)) is { } from)
            Form.Source = Services.Binder.FromItem(Form.Type, from, isNew: false);
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
        // The version the editor started from, or the newer one they chose to save over.
        var overwrite = Request.Form[ContentFormNames.OverwriteVersionId].FirstOrDefault();
        if (!string.IsNullOrEmpty(overwrite) && await Services.Content.GetVersionAsync(overwrite, ct) is { } theirs && theirs.ContentItemId == id)
            TakeTheirsWhereChosen(theirs);
        var edited = Item.Clone();
        Services.Binder.ApplyTo(Form, edited);
        edited.Author = User.UserId();
        edited.ContentItemVersionId = !string.IsNullOrEmpty(overwrite) ? overwrite : Form.BaseVersionId ?? "";

        var result = await Services.Content.SaveAsync(edited, publish, ct);
        switch (result.Outcome)
        {
            case ContentOutcome.Ok:
                return RedirectToEditor(id, !model.Settings.Draftable ? "MessageSaved" : result.Item!.Published ? "MessagePublished" : "MessageDraftSaved", result.Item!.DisplayText);
            case ContentOutcome.Invalid:
                await LoadVariantsAsync(Request.Query["source"], ct);
                return await ShowErrorsAsync(result.Errors, ct);
            case ContentOutcome.Conflict when result.Current is { } current:
                await LoadVariantsAsync(null, ct);
                await LoadOptionsAsync(ct);
                Form.Conflict = await ConflictWithAsync(current, ct);
                return Page();
            default:
                return AdminStatusResult.NotFound;
        }
    }

    /// <summary>Merging after a conflict: the fields where the editor chose the other version take its value.</summary>
    private void TakeTheirsWhereChosen(ContentItem theirs)
    {
        bool Chosen(string path) => Request.Form[ContentFormNames.MergePrefix + path] == ContentFormNames.TakeTheirs;
        var other = Services.Binder.FromItem(Form.Type, theirs, isNew: false);
        if (Chosen(ContentFormNames.DisplayText)) Form.DisplayText = other.DisplayText;
        if (Chosen(ContentFormNames.Slug)) Form.Slug = other.Slug;
        foreach (var path in Form.Inputs.Keys.ToList().Where(Chosen))
            Form.Inputs[path] = other.InputFor(path);
    }

    /// <summary>
    /// What the other editor saved, field by field where it differs from what this editor typed. Compared with the
    /// version this editor started from, a field only the other editor changed defaults to their value, so that
    /// merging without picking anything keeps both editors' changes.
    /// </summary>
    private async Task<ContentConflict> ConflictWithAsync(ContentItem current, CancellationToken ct)
    {
        var theirs = Services.Binder.FromItem(Form.Type, current, isNew: false);
        var started = Form.BaseVersionId is { Length: > 0 } baseId && await Services.Content.GetVersionAsync(baseId, ct) is { } baseItem
            && baseItem.ContentItemId == current.ContentItemId
            ? Services.Binder.FromItem(Form.Type, baseItem, isNew: false)
            : null;
        static bool Same(string? a, string? b) => string.Equals(a?.Trim() ?? "", b?.Trim() ?? "", StringComparison.Ordinal);
        var differences = new List<ConflictDifference>();
        var title = Form.TitleLabel(Services.Text["Title"]);
        if (!Same(theirs.DisplayText, Form.DisplayText))
            differences.Add(new ConflictDifference(title, theirs.DisplayText, Form.DisplayText, ContentFormNames.DisplayText,
                started is not null && Same(started.DisplayText, Form.DisplayText)));
        if (Form.Type.Settings.Routable && !string.IsNullOrWhiteSpace(Form.Slug) && !string.Equals(theirs.Slug, Form.Slug.Trim(), StringComparison.Ordinal))
            differences.Add(new ConflictDifference(Services.Text["Slug"], theirs.Slug, Form.Slug, ContentFormNames.Slug,
                started is not null && Same(started.Slug, Form.Slug)));
        foreach (var part in Form.Parts(Services.Binder.Editors))
        {
            foreach (var field in part.Fields)
            {
                var their = theirs.InputFor(field.Name);
                if (their.SameAs(field.Input)) continue;
                differences.Add(new ConflictDifference(field.Label, field.Editor.Describe(their, field.Options), field.Editor.Describe(field.Input, field.Options), field.Name,
                    started is not null && started.InputFor(field.Name).SameAs(field.Input)));
            }
        }
        var savedBy = current.Author is { } author && await Services.Users.FindByIdAsync(author) is { } user
            ? string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? author : user.DisplayName
            : Services.Text["SomeoneElse"];
        return new ContentConflict(current, savedBy, differences);
    }
}
